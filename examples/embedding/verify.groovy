// The integration test the root build's `mvn verify` runs (maven-invoker-plugin) after building this
// example against the library it has just built. Script variables: basedir (this project, cloned
// under target/it), projectVersion, readme (the root README.md).
import java.util.concurrent.TimeUnit

def fail = { String message -> throw new AssertionError(message) }

// The example must declare the version being released, or it would show users a stale one.
def declared = (new File(basedir, 'pom.xml').text =~ /<k2advisor\.version>([^<]+)</)[0][1]
if (declared != projectVersion) {
    fail("examples/embedding/pom.xml declares k2advisor ${declared}; the library is ${projectVersion}")
}

// target/lib is the app's runtime class path: the jar's manifest lists exactly these.
def jars = new File(basedir, 'target/lib').listFiles().findAll { it.name.endsWith('.jar') }.sort { it.name }
def names = jars*.name
['k2advisor-', 'logback-classic-', 'slf4j-api-'].each { prefix ->
    if (!names.any { it.startsWith(prefix) }) fail("no ${prefix}*.jar on the class path: ${names}")
}
// What only the CLI and run-time DRL compilation need must stay out of an embedding app.
def unwanted = ['slf4j-simple', 'picocli', 'jline', 'drools-mvel', 'mvel2', 'drools-compiler',
                'drools-drl-parser', 'drools-model-codegen', 'drools-engine', 'ecj', 'javaparser-core']
def leaked = names.findAll { name -> unwanted.any { name ==~ /\Q${it}\E-\d.*\.jar/ } }
if (leaked) fail("optional dependencies leaked into the app's class path: ${leaked}")

// The library jar names no class path of its own: a Class-Path of lib/ jars in its manifest would
// hand slf4j-simple, picocli and the DRL compiler to any app that keeps a lib/ folder beside it.
def library = jars.find { it.name ==~ /k2advisor-\d.*\.jar/ }
if (library == null) fail("no k2advisor jar among ${names}")
def jarFile = new java.util.jar.JarFile(library)
def classPath
try {
    classPath = jarFile.manifest?.mainAttributes?.getValue('Class-Path')
} finally {
    jarFile.close()
}
if (classPath) fail("${library.name}'s manifest has a Class-Path (${classPath.take(120)}...); an app would pick up those jars")

// Run it as a user would, standard output and standard error apart.
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '-jar', 'target/k2advisor-embedding.jar'].execute(null, basedir)
def out = new StringBuilder(), err = new StringBuilder()
process.consumeProcessOutput(out, err)
if (!process.waitFor(120, TimeUnit.SECONDS)) { process.destroy(); fail('the example did not finish in 120 s') }
process.waitForProcessOutput()
println "---- example output ----\n${out}---- example stderr ----\n${err}------------------------"
if (process.exitValue() != 0) fail("the example exited with ${process.exitValue()}")

def lines = out.toString().readLines()
// The app's own log lines, in the app's own logback format: the library did not silence them.
def logLine = { String message -> /\d\d:\d\d:\d\d\.\d{3} \[main\] INFO  EmbeddingExample - \Q${message}\E/ }
if (!lines.any { it ==~ logLine('embedding example: starting') }) fail('the first log line is missing or not in logback format')
if (!lines.any { it ==~ logLine('embedding example: done, 3 advice items') }) fail('the last log line is missing or not in logback format')
// The advice for age 67, diabetes, hoping to reverse, in report order.
def advice = lines.findAll { it ==~ /(CRITICAL|WARNING|INFO) [a-z_]+: .+/ }.collect { it.split(':')[0] }
if (advice != ['WARNING consult_professional', 'INFO reversal_not_shown', 'INFO broader_approach']) {
    fail("unexpected advice: ${advice}")
}
if (lines.count { it.startsWith('    caveat: ') && it.length() > 20 } != 3) fail('an advice item has no caveat')
// Nothing from SLF4J, Drools or the library on standard error.
if (err.toString().trim()) fail("the example wrote to standard error: ${err}")

// The footprint, for the README's embedding section.
long bytes = jars.sum { it.length() }
def ownLogging = jars.findAll { it.name.startsWith('logback-') }
long libraryBytes = bytes - (ownLogging.sum { it.length() } ?: 0)
def mb = { long n -> String.format(Locale.ROOT, '%.1f MB', n / 1e6) }
def footprint = "runtime class path: ${jars.size()} jars, ${mb(bytes)}; of which K2 Advisor and what it brings: " +
        "${jars.size() - ownLogging.size()} jars, ${mb(libraryBytes)} (the rest is the app's logback)"
println footprint
new File(basedir, 'target/footprint.txt').text = footprint + '\n' + names.join('\n') + '\n'

// The README states the footprint; it has to be the one measured here: every jar count exactly, and
// every size to within 0.1 MB, so that a few kilobytes more in the library need no README change
// but a jar more, or a dependency's growth, does.
def readmeText = new File(readme).text.replaceAll(/\s+/, ' ')
def statedPattern = /Measured: (\d+) jars, ([\d.]+) MB for the whole app \((\d+) jars, ([\d.]+) MB from K2 Advisor; (\d+) jars, ([\d.]+) MB of logback\)/
def matcher = readmeText =~ statedPattern
if (!matcher.find()) {
    fail("README.md's embedding section should say \"Measured: N jars, X MB for the whole app (N jars, X MB from K2 Advisor; " +
            "N jars, X MB of logback)\"; measured here: ${footprint}")
}
long loggingBytes = bytes - libraryBytes
def measured = [[jars.size(), bytes], [jars.size() - ownLogging.size(), libraryBytes], [ownLogging.size(), loggingBytes]]
def labels = ['the whole app', 'K2 Advisor', 'logback']
measured.eachWithIndex { pair, i ->
    int statedJars = matcher.group(2 * i + 1) as int
    BigDecimal statedMb = new BigDecimal(matcher.group(2 * i + 2))
    BigDecimal measuredMb = new BigDecimal(pair[1]).divide(new BigDecimal(1000000))
    if (statedJars != pair[0] || (statedMb - measuredMb).abs() > 0.1) {
        fail("README.md states ${statedJars} jars, ${statedMb} MB for ${labels[i]}; measured ${pair[0]} jars, " +
                "${mb(pair[1] as long)} (${footprint})")
    }
}
return true
