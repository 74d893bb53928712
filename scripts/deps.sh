# Installs the Debian 12 packages archlint needs, if any is missing, and
# builds archlint. Sourced by setup.sh and test.sh.
# fonts-dejavu-core: the pictures' font, measured by Graphviz and archlint
# alike; libgvc6-plugins-gtk: Graphviz's SVG reader, for PNG and PDF pictures.
archlint_packages=(cmake g++ make pkg-config libboost-graph-dev libgraphviz-dev libcli11-dev
                   libtinyxml2-dev doctest-dev zlib1g-dev nlohmann-json3-dev python3-jsonschema
                   fonts-dejavu-core libgvc6-plugins-gtk)
# Only for the tests, and installed by CI (.ci/run): chromium, the browser
# that loads the HTML review and the SVG (the test is skipped without it).
archlint_ci_packages=(chromium)

# Installs those of the packages named (default: archlint_packages) that are missing.
install_missing_packages() {
  local wanted=("$@")
  [ ${#wanted[@]} -gt 0 ] || wanted=("${archlint_packages[@]}")
  local missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then return 0; fi
  echo "installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: missing packages (${missing[*]}); run as root or install them with apt-get" >&2
    return 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Installs what is missing, then builds the targets named (default:
# everything, archlint and its tests) in build/.
install_and_build() {
  install_missing_packages
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
  local targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build build -j"$(nproc)" "${targets[@]}"
}
