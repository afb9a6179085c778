#!/usr/bin/env bash
# Render the demo's two tutorial videos (slideshows of the mock screenshots) with ffmpeg.
# Run after make_screenshots.py; needs Debian's ffmpeg. Captions (.vtt) are written by hand.
set -euo pipefail
cd "$(dirname "$0")/../../docs/assets"
slideshow() {  # out.mp4 image...
    local out=$1; shift
    local args=() filters="" n=0
    for img in "$@"; do args+=(-loop 1 -t 4 -i "$img"); filters+="[$n:v]scale=800:420,setsar=1[v$n];"; n=$((n+1)); done
    local concat=""; for ((i=0;i<n;i++)); do concat+="[v$i]"; done
    ffmpeg -y -loglevel error "${args[@]}" -filter_complex "${filters}${concat}concat=n=$n:v=1:a=0,format=yuv420p[v]" \
        -map "[v]" -c:v libx264 -preset veryslow -crf 30 -r 10 -movflags +faststart "videos/$out"
}
slideshow return-howto.mp4 images/orders/order-history.png images/returns/return-form.png
slideshow password-reset.mp4 images/account/password.png images/orders/order-history.png
