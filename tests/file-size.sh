#!/usr/bin/env bash
# The house style's size rule for files: no C++ source in app/ or ui/ (their subfolders too) over 400 lines, except
# Guidance's table (app/GuidanceTable.cpp), which is data. Designer's .ui files are generated XML and not counted.
#   file-size.sh <source directory>
set -euo pipefail
cd "$1"
max=400
status=0
checked=0
while IFS= read -r -d '' file; do
    checked=$((checked + 1))
    [ "$file" = app/GuidanceTable.cpp ] && continue
    lines=$(wc -l <"$file")
    if [ "$lines" -gt "$max" ]; then
        echo "FAIL: $file has $lines lines (at most $max)"
        status=1
    fi
done < <(find app ui \( -name '*.h' -o -name '*.cpp' \) -print0)
[ "$status" -eq 0 ] && echo "PASS: $checked files in app/ and ui/, none over $max lines but Guidance's table"
exit "$status"
