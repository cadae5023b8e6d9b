/** Rate limits shared by the edges (web chat, dashboard login, Telegram intake). */
package nl.wegwijs.limits;
