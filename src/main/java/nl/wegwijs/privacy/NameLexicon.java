package nl.wegwijs.privacy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists for the name rule. The given names are common ones among the families Wegwijs serves (Dutch,
 * Moroccan, Turkish, Syrian, Polish, Ukrainian, English-speaking expats). They catch names with no cue in front
 * ("Ahmed heeft ADHD"). Names that are also everyday words at the start of a sentence (Can, Will, May, Mark,
 * Max; Arabic عمر "age", أمل "hope", سعيد "happy") are left out: they are only removed after a cue.
 */
final class NameLexicon {
    private NameLexicon() {
    }

    static final Set<String> GIVEN_NAMES = set(
            // Dutch
            "Daan", "Sem", "Levi", "Finn", "Luuk", "Bram", "Thijs", "Jesse", "Sven", "Ruben", "Lars", "Jayden", "Milan", "Stijn", "Niels",
            "Tim", "Jan", "Joost", "Pieter", "Willem", "Hendrik", "Kees", "Gijs", "Teun", "Mees", "Jens", "Thomas", "Jeroen", "Maarten",
            "Emma", "Tess", "Zoë", "Lotte", "Fleur", "Lisa", "Eva", "Saar", "Nina", "Sanne", "Marieke", "Petra", "Esther", "Joyce",
            "Anouk", "Marloes", "Femke", "Ilse", "Iris", "Lieke", "Roos", "Maud", "Fenna", "Yara", "Julia", "Sophie", "Mila", "Noor",
            "Evi", "Liv", "Nora", "Sara", "Sarah", "Anna", "Lynn", "Demi", "Kim", "Linda", "Inge", "Mirjam", "Annemarie", "Ingrid",
            // Moroccan, Arabic, Somali, Afghan, Eritrean in Latin letters
            "Ahmed", "Ahmad", "Mohamed", "Mohammed", "Muhammad", "Mohammad", "Youssef", "Yousef", "Yusuf", "Ilyas", "Ilias", "Adam",
            "Ayoub", "Bilal", "Hamza", "Imran", "Ibrahim", "Omar", "Karim", "Khalid", "Mehdi", "Rayan", "Amir", "Anas", "Zakaria",
            "Soufiane", "Mustafa", "Abdel", "Abdullah", "Yassin", "Yasin", "Idris", "Ismail", "Tarik", "Nabil", "Samir", "Rachid",
            "Fatima", "Aisha", "Aicha", "Amina", "Yasmina", "Yasmin", "Salma", "Hanan", "Khadija", "Meryem", "Maryam", "Mariam",
            "Samira", "Naima", "Malika", "Zahra", "Nadia", "Soumaya", "Houda", "Layla", "Leila", "Rania", "Dina", "Lina", "Rana",
            "Abdi", "Hodan", "Yonas", "Senait", "Mahmoud", "Hassan", "Hussein", "Aziz",
            // Turkish
            "Emre", "Mehmet", "Ahmet", "Hüseyin", "Murat", "Burak", "Serkan", "Kemal", "Eymen", "Kerem", "Enes", "Efe", "Arda",
            "Ömer", "Mert", "Berat", "Yiğit", "Cem", "Volkan", "Hakan", "Osman", "Recep", "Kaan",
            "Ayşe", "Fatma", "Zeynep", "Elif", "Hatice", "Emine", "Büşra", "Derya", "Defne", "Zehra", "Sude", "Esra", "Merve",
            "Selin", "Aylin", "Özlem", "Songül", "Hülya", "Sevgi", "Ebru", "Dilek", "Gizem", "Ecrin", "Eylül", "Nisa", "Azra",
            // Polish (with the forms that follow "mama", "tata", "dla")
            "Kuba", "Kuby", "Jakub", "Filip", "Kacper", "Antoni", "Szymon", "Piotr", "Tomasz", "Paweł", "Michał", "Krzysztof",
            "Marek", "Łukasz", "Wojtek", "Bartek", "Mateusz", "Zosia", "Zofia", "Hania", "Hanna", "Maja", "Lena", "Ola", "Oli",
            "Aleksandra", "Magda", "Magdalena", "Marta", "Katarzyna", "Kasia", "Agnieszka", "Ewa", "Monika", "Joanna", "Basia",
            "Natalia", "Małgosia", "Małgorzata", "Dorota", "Beata", "Justyna", "Weronika", "Wiktoria", "Amelia", "Oliwia",
            // English
            "Oliver", "Jack", "Harry", "George", "Ethan", "James", "Noah", "Liam", "Lucas", "David", "Daniel", "Samuel", "Emily",
            "Chloe", "Olivia", "Jessica", "Rachel", "Laura", "Priya", "Olga", "Sophia", "Isabella", "Charlotte", "Amelia", "Ava",
            // Ukrainian and Russian
            "Андрій", "Максим", "Дмитро", "Богдан", "Олександр", "Іван", "Микола", "Віктор", "Сергій", "Олег", "Артем", "Денис",
            "Назар", "Матвій", "Тарас", "Юрій", "Михайло", "Владислав", "Данило", "Остап", "Роман", "Ярослав",
            "Олена", "Ірина", "Наталя", "Наталія", "Оксана", "Марина", "Людмила", "Вікторія", "Софія", "Анастасія", "Катерина",
            "Аліна", "Юлія", "Тетяна", "Світлана", "Ольга", "Оля", "Дарина", "Марія", "Анна", "Соломія", "Злата", "Мирослава",
            "Надія", "Галина", "Валентина", "Христина", "Алексей", "Дмитрий", "Наталья", "Татьяна", "Елена", "Анастасия",
            // Arabic script
            "أحمد", "محمد", "محمود", "مصطفى", "يوسف", "يحيى", "ياسين", "خالد", "إبراهيم", "ابراهيم", "آدم", "سامي", "رامي",
            "زياد", "طارق", "بلال", "حمزة", "عبدالله", "أنس", "ماجد", "وليد", "فادي", "باسل", "مازن", "عمار", "حسام", "هشام", "إياد",
            "فاطمة", "عائشة", "مريم", "خديجة", "زينب", "سلمى", "ليلى", "رنا", "لينا", "دانة", "جنى", "حلا", "تالا", "تسنيم",
            "رهف", "حنان", "سعاد", "سارة", "ريم", "شهد", "ياسمين", "سلوى", "نادية", "ديما", "لمى", "رغد", "بتول", "نور", "رؤى",
            "هيا", "غنى", "جود", "لجين", "رزان", "دعاء", "أسماء", "منى", "سناء", "وفاء", "رشا", "عبير");

    /** Capitalised words that follow "ik ben", "I'm", "jestem", "я" etc. without being names. */
    static final Set<String> NOT_A_NAME = lowerSet(
            // nationalities, religions, roles
            "Nederlander", "Nederlandse", "Nederlands", "Marokkaan", "Marokkaanse", "Marokkaans", "Turks", "Turkse", "Syrisch", "Syrische",
            "Pools", "Poolse", "Oekraïens", "Oekraïense", "Eritrees", "Eritrese", "Afghaans", "Afghaanse", "Somalisch", "Moslim", "Christen",
            "Dutch", "Moroccan", "Turkish", "Syrian", "Polish", "Ukrainian", "Eritrean", "Afghan", "Somali", "Muslim", "Christian", "British",
            "English", "American", "Indian", "Catholic", "Polką", "Polakiem", "Ukrainką", "Ukraińcem", "Holenderką", "Muzułmanką", "Türk",
            "Hollandalı", "Українка", "Українець", "Mama", "Mom", "Mum", "Dad", "Papa", "Mother", "Father", "Moeder", "Vader", "Baba",
            // honorifics and roles that can sit between a cue and a name
            "Mevrouw", "Meneer", "Mevr", "Mw", "Dhr", "Juf", "Meester", "Dokter", "Dr", "Mr", "Mrs", "Ms", "Miss", "Doctor", "Pani", "Pan",
            "Panią", "Pana", "Hanım", "Bey", "Пані", "Пан",
            // organisations and words that are capitalised in the middle of a sentence
            "Wegwijs", "Veilig", "Thuis", "Raad", "Jeugdzorg", "Jeugdbescherming", "Kindertelefoon", "Telegram", "WhatsApp", "Google",
            "Gemeente", "Wijkteam", "School", "Ouder", "Kindteam", "Jeugdteam", "Buurtteam", "Jeugdarts", "Huisarts", "Amsterdam", "Rotterdam", "Utrecht", "Den", "Haag", "Eindhoven", "Nederland", "Holland",
            "Netherlands", "Hollanda", "Holandii", "Holandia", "Нідерланди", "Нідерландах", "Gaza",
            // towns that end a message as often as a name does ("..., Zwolle.")
            "Leiden", "Zwolle", "Deventer", "Nijmegen", "Arnhem", "Groningen", "Haarlem", "Almere", "Tilburg", "Breda", "Bosch",
            "Maastricht", "Enschede", "Apeldoorn", "Amersfoort", "Zaandam", "Delft", "Dordrecht", "Hilversum", "Lelystad", "Gouda",
            "Alkmaar", "Venlo", "Helmond", "Schiedam", "Zoetermeer", "Emmen", "Assen", "Leeuwarden", "Middelburg", "Sassenheim",
            "Naaldwijk", "Westland", "Leidschendam", "Voorburg", "Rijswijk", "Capelle", "Spijkenisse", "Vlaardingen", "Maassluis",
            "Mijdrecht", "Purmerend", "Hoofddorp", "Nieuwegein", "Zeist", "Veenendaal", "Ede", "Oss", "Roosendaal", "Bergen",
            "Heerlen", "Sittard", "Roermond", "Weert", "Kampen", "Harderwijk", "Hoorn", "Zaanstad", "Diemen", "Amstelveen",
            "Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź", "Київ", "Харків", "Львів", "Одеса", "Дніпро", "Istanbul",
            "İstanbul", "Ankara", "Izmir", "İzmir", "Konya", "Kayseri", "Damascus", "Aleppo", "Syria", "Marokko", "Morocco", "Turkije",
            "Turkey", "Polen", "Poland", "Polska", "Polsce", "Oekraïne", "Ukraine", "Україна", "Україні", "Türkiye",
            // sign-off words ("Bedankt!" as last line)
            "Bedankt", "Dank", "Dankjewel", "Dankuwel", "Groetjes", "Groeten", "Thanks", "Thank", "Cheers", "Regards", "Please", "Help",
            "Teşekkürler", "Sağolun", "Dziękuję", "Dzięki", "Pozdrawiam", "Дякую", "Спасибі", "Спасибо", "Hallo", "Hoi", "Hello", "Hi",
            "Merhaba", "Привіт", "Ok", "Oké", "Okay", "Yes", "No", "Ja", "Nee", "Tak", "Nie", "Evet", "Hayır", "Так", "Ні", "Sorry",
            // weekdays and months
            "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December");

    /** Arabic words that follow "ابني", "أنا", "الأستاذة" etc. without being names (the "ال" adjectives below are not names either). */
    static final Set<String> ARABIC_NOT_A_NAME = set(
            "عمره", "عمرها", "عنده", "عندها", "لديه", "لديها", "يبلغ", "تبلغ", "لا", "لم", "لن", "في", "من", "إلى", "الى", "على", "عن",
            "هو", "هي", "الذي", "التي", "كان", "كانت", "قال", "قالت", "يقول", "تقول", "مريض", "مريضة", "صغير", "صغيرة", "كبير",
            "كبيرة", "قلق", "قلقة", "خائف", "خائفة", "حامل", "متعب", "متعبة", "وحيد", "وحيدة", "هنا", "جديد", "جديدة", "أم", "أب",
            "والد", "والدة", "أيضا", "ايضا", "جدا", "جزيلا", "لكم", "لك", "كثيرا", "مع", "بعد", "قبل", "منذ", "ما", "لماذا", "كيف",
            "هل", "لقد", "قد", "الآن", "اليوم", "أمس", "دائما", "أحيانا", "معاق", "معاقة", "مصاب", "مصابة", "ولد", "بنت", "طفل",
            "طفلة", "بدون", "بسبب", "حول", "عند", "لدى", "مثل", "غير", "كل", "بين", "خلال", "أن", "إن", "أنه", "أنها", "إنه",
            "إنها", "ليس", "لأن", "معاقا", "مريضا", "صغيرا", "كبيرا", "عصبيا", "عنيفا", "هادئا", "موجودا", "يجب", "يمكن", "عندي", "لدي", "أنا", "انا", "و", "أو", "ثم", "لكن", "بس", "يعني",
            "دون", "بلا", "وين", "فين", "شو", "الان", "الله", "الحمد", "المدرسة", "البيت", "الطبيب", "الطبيبة",
            "المعلم", "المعلمة", "الشرطة", "البلدية", "الأطفال", "الاطفال", "الولد", "البنت", "الذين", "اللي", "الي");

    /** "ال" words that describe rather than name: "ابني أحمد الصغير", "سارة المسكينة". */
    private static final Set<String> ARABIC_ADJECTIVES = set("الصغير", "الصغيرة", "الكبير", "الكبيرة", "الأكبر", "الاكبر", "الأصغر",
            "الاصغر", "الأول", "الاول", "الأولى", "الاولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الأخير", "الأخيرة", "المسكين",
            "المسكينة", "الحبيب", "الحبيبة", "العزيز", "العزيزة", "الوحيد", "الوحيدة", "المريض", "المريضة", "الجديد", "الجديدة");

    static boolean isArabicAdjective(String word) {
        return ARABIC_ADJECTIVES.contains(word);
    }

    static boolean isGivenName(String word) {
        return GIVEN_NAMES.contains(word);
    }

    static boolean isNotAName(String word) {
        return NOT_A_NAME.contains(word.toLowerCase(Locale.ROOT)) || ARABIC_NOT_A_NAME.contains(word) || ARABIC_ADJECTIVES.contains(word);
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(new HashSet<>(Arrays.asList(words)));
    }

    private static Set<String> lowerSet(String... words) {
        Set<String> s = new HashSet<>();
        for (String w : words) {
            s.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(s);
    }
}
