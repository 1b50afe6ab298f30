# zsh -f zcomp.zsh <script> <command line> <expected>: types the line and TAB in an interactive zsh
# (through zsh/zpty) and prints the screen once <expected> shows up (exit 1 if it never does).
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1='READY> '; autoload -U compinit; compinit -u -D; source ${(q)1}"
local all='' chunk i
wait_for() {
  for i in {1..100}; do
    while zpty -r -t z chunk; do all+=$chunk; done
    [[ $all == *$1* ]] && return 0
    sleep 0.1
  done
  return 1
}
wait_for 'READY> ' || { print -r -- "$all"; exit 2; }
all=''
zpty -n -w z "$2"$'\t'
wait_for "$3"; local found=$?
zpty -d z
print -r -- "$all"
exit $found
