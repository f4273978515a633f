#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Lumen needs. Usage: .ci/install-deps.sh app|test
#   app:  what the workstation needs at run time (GTK for JavaFX, GL for JOGL)
#   test: that, plus what the test suite runs: Orthanc with DICOMweb, nginx (an h2 TLS front), Xvfb with Mesa llvmpipe,
#         the independent reference decoders (dcmtk, GDCM, pydicom and its test files, numpy for the
#         test-data scripts), a session bus
#         with GNOME Keyring and secret-tool for the Secret Service test, and what the packaging build
#         and its acceptance test use (fakeroot for jpackage's .deb, rsvg-convert for the icons,
#         icnsutils to read the ICNS back, desktop-file-utils, xdg-utils, gio, shared-mime-info,
#         xdotool and x11-utils to find the packaged app's window).
# Installs only what is missing; uses sudo when not root.
set -euo pipefail
app_packages=(libgtk-3-0 libgl1 libgl1-mesa-dri)
test_packages=(orthanc orthanc-dicomweb nginx-light xvfb xauth dcmtk libgdcm-tools python3-pydicom python3-numpy imagemagick
    dbus-daemon gnome-keyring libsecret-tools
    fakeroot librsvg2-bin icnsutils desktop-file-utils xdg-utils libglib2.0-bin shared-mime-info xdotool x11-utils)
case "${1:-test}" in
    app) wanted=("${app_packages[@]}") ;;
    test) wanted=("${app_packages[@]}" "${test_packages[@]}") ;;
    *) echo "usage: $0 app|test" >&2; exit 2 ;;
esac
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "lumen: please install as root: apt-get install ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "lumen: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q >&2
# Debian's orthanc package would start a system-wide service; the tests start their own instances.
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
if [ "${1:-test}" = test ] && command -v systemctl >/dev/null && systemctl is-active --quiet orthanc 2>/dev/null; then
    $sudo systemctl stop orthanc || true
fi
# Likewise nginx: the h2 test starts its own on a loopback port (testkit NginxFront).
if [ "${1:-test}" = test ] && command -v systemctl >/dev/null && systemctl is-active --quiet nginx 2>/dev/null; then
    $sudo systemctl stop nginx || true
fi
