import json, sys
def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items()
                if not (k == "description" and isinstance(v, str)) and k != "$schema"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
src, dst = sys.argv[1], sys.argv[2]
with open(src) as f:
    data = json.load(f)
with open(dst, "w") as f:
    json.dump(strip(data), f, indent=1, sort_keys=True)
    f.write("\n")
