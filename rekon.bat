@echo off
rem rekon-pispk untuk Windows: membangun aplikasi sekali (perlu Maven), lalu menjalankannya.
rem Pemakaian: rekon.bat run --job jobs\contoh.yml      (rekon.bat help: semua perintah)
rem Kode keluar sama dengan ./rekon di Linux (lihat docs\operasi.md); Task Scheduler menampilkannya
rem sebagai "Last Run Result" (0x0 sukses, 0x2 ada baris ditolak, 0x4 inbox kosong, 0x5 ekspor tidak ada).
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%target\rekon-pispk.jar"
if not exist "%JAR%" (
  echo Membangun rekon-pispk ^(sekali saja^)... 1>&2
  call mvn -q -B -f "%ROOT%pom.xml" -DskipTests package
  if errorlevel 1 exit /b 1
)
if "%REKON_JAVA_OPTS%"=="" set "REKON_JAVA_OPTS=-Xmx1g -XX:+UseParallelGC"
rem Path relatif di job (inbox, keluaran, data\) dihitung dari folder ini, juga saat dijalankan Task Scheduler.
cd /d "%ROOT%"
java %REKON_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
