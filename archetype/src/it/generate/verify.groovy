// The generated project's jar runs a handler and prints the envelope, as the README promises.
def project = new File(basedir, 'demo-connector')
def jar = new File(project, 'target/demo-connector.jar')
assert jar.isFile() : "no runnable jar at ${jar}"
def process = new ProcessBuilder(System.getProperty('java.home') + '/bin/java', '-jar', jar.path,
        'resources', 'events/resources.json').directory(project).start()
def out = new StringBuilder()
def err = new StringBuilder()
process.waitForProcessOutput(out, err)
def exit = process.waitFor()
assert exit == 0 : "exit code ${exit}; stdout: ${out}; stderr: ${err}"
def envelope = new groovy.json.JsonSlurper().parseText(out.toString())
assert envelope.error == null : "error in the envelope: ${envelope.error}"
assert envelope.value*.id == ['vm-1', 'vm-2'] : "unexpected resources: ${envelope.value}"
assert envelope.value*.type == ['server', 'server']
assert envelope.logs.contains('listed 2 resources') : "logs: ${envelope.logs}"
println "generated project's jar printed: ${out.toString().take(200)}"
return true
