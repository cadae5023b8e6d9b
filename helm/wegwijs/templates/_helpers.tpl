{{- define "wegwijs.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Release "wegwijs" is named "wegwijs", not "wegwijs-wegwijs". */}}
{{- define "wegwijs.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "wegwijs.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/name: {{ include "wegwijs.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end -}}

{{- define "wegwijs.selectorLabels" -}}
app.kubernetes.io/name: {{ include "wegwijs.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "wegwijs.secretName" -}}
{{- if .Values.existingSecret -}}{{ .Values.existingSecret }}{{- else -}}{{ include "wegwijs.fullname" . }}{{- end -}}
{{- end -}}

{{- define "wegwijs.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "wegwijs.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "wegwijs.registryConfigMap" -}}
{{- if .Values.handoff.existingRegistryConfigMap -}}{{ .Values.handoff.existingRegistryConfigMap }}{{- else -}}{{ printf "%s-registry" (include "wegwijs.fullname" .) }}{{- end -}}
{{- end -}}

{{- define "wegwijs.hasRegistry" -}}
{{- if or .Values.handoff.registry .Values.handoff.existingRegistryConfigMap -}}true{{- end -}}
{{- end -}}

{{/* More than one pod at any time: a PDB makes sense and long polling does not. */}}
{{- define "wegwijs.multiReplica" -}}
{{- if or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1) -}}true{{- end -}}
{{- end -}}

{{/* Values that would render a broken or unsafe install fail the render with a clear message. */}}
{{- define "wegwijs.validate" -}}
{{- if and .Values.telegram.enabled (include "wegwijs.multiReplica" .) (not .Values.telegram.webhookUrl) -}}
{{- fail "more than one replica (replicaCount > 1 or autoscaling.enabled) needs telegram.webhookUrl: with long polling every replica would poll the same bot. Set telegram.webhookUrl, or telegram.enabled=false for a web-chat-only install." -}}
{{- end -}}
{{- $own := .Values.secrets -}}
{{- $anyOwn := or $own.databasePassword $own.telegramBotToken $own.telegramWebhookSecret $own.llmApiKey $own.handoffAdmins $own.dashboardUsers $own.webSecret $own.askerKeySecret $own.whatsappAccessToken $own.whatsappAppSecret $own.whatsappVerifyToken -}}
{{- if and .Values.existingSecret $anyOwn -}}
{{- fail "set either existingSecret or secrets.*, not both: the chart would not know which one holds the truth." -}}
{{- end -}}
{{- if and (not .Values.existingSecret) (not $own.databasePassword) -}}
{{- fail "secrets.databasePassword is required (or name an existingSecret that holds it): the database must not run without a password." -}}
{{- end -}}
{{- /* Without it the app writes a generated secret to a file: the root filesystem is read-only, an
       emptyDir dies with the pod, and each replica would make its own (README, Privacy). */ -}}
{{- if and (not .Values.existingSecret) (not $own.askerKeySecret) -}}
{{- fail "secrets.askerKeySecret is required (or name an existingSecret with WEGWIJS_ASKER_KEY_SECRET): it seals the trend reports' monthly key, must be the same on every replica and survive a restart (openssl rand -base64 32)." -}}
{{- end -}}
{{- if and .Values.whatsapp.phoneNumberId (not .Values.existingSecret) (not (and $own.whatsappAccessToken $own.whatsappAppSecret $own.whatsappVerifyToken)) -}}
{{- fail "whatsapp.phoneNumberId needs secrets.whatsappAccessToken, secrets.whatsappAppSecret and secrets.whatsappVerifyToken (or an existingSecret with them): without the app secret forged webhook posts cannot be refused." -}}
{{- end -}}
{{- if and .Values.telegram.webhookUrl (not .Values.existingSecret) (not $own.telegramWebhookSecret) -}}
{{- fail "telegram.webhookUrl needs secrets.telegramWebhookSecret (or an existingSecret with it): an unauthenticated webhook accepts forged updates." -}}
{{- end -}}
{{- end -}}

{{/* An existing Secret whose keys are not the env names: map them (ENV_NAME: key-in-secret). */}}
{{- define "wegwijs.secretKeyEnv" -}}
{{- $secret := include "wegwijs.secretName" . -}}
{{- range $env, $key := .Values.existingSecretKeys }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
{{- end }}
{{- end -}}
