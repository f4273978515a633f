# Sourced by the bench scripts: read_jvm_options FILE puts the options of a jvm.options file (one per line; blank
# lines and # comments skipped), as ./lumen passes them, into the array jvm_options.
read_jvm_options() {
    jvm_options=()
    local opt
    while IFS= read -r opt; do
        case "$opt" in ''|'#'*) ;; *) jvm_options+=("$opt") ;; esac
    done < "$1"
}
