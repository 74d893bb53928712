#!/usr/bin/env python3
"""Writes the hostile inputs of tests/hostile/cases/ that are small enough to
keep as files. The big ones (deep nesting, huge labels, bombs, 100,000
components) are made by run.sh at test time from the recipes in
generated.sh, so the repository stays small."""
import base64, os, struct, zlib

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "cases")
os.makedirs(out, exist_ok=True)

def put(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())

def drawio_page(cells, name="Page-1"):
    return ('<mxfile>\n<diagram name="%s">\n<mxGraphModel><root>\n<mxCell id="0"/>\n<mxCell id="1" parent="0"/>\n%s\n'
            '</root></mxGraphModel>\n</diagram>\n</mxfile>\n' % (name, cells))

def box(i, label, parent="1", extra=""):
    return ('<mxCell id="%s" value="%s" style="rounded=1;" vertex="1" parent="%s"%s>'
            '<mxGeometry x="%d" y="0" width="120" height="60" as="geometry"/></mxCell>' % (i, label, parent, extra, 200 * len(i)))

def deflate_raw(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()

# --- DOT models and diagrams
put("dot-empty.dot", "")
put("dot-whitespace.dot", "  \n\t\n  \n")
put("dot-comment-only.dot", "// nothing but a comment\n/* and another */\n")
put("dot-truncated-attribute.dot", "digraph g {\n  a [kind=service];\n  b [kind=serv")
put("dot-truncated-string.dot", "digraph g {\n  a [kind=service, label=\"half a lab")
put("dot-unclosed-brace.dot", "digraph g {\n  a [kind=service];\n  b [kind=database];\n  a -> b;\n")
put("dot-unclosed-quote.dot", 'graph{}"')
put("dot-unclosed-comment.dot", "digraph g {\n  a [kind=service];\n}\n/* never closed")
put("dot-unclosed-html-label.dot", "digraph g {\n  a [kind=service, label=<<b>bold</b>];\n}\n")
put("dot-self-loop.dot", "digraph g {\n  c [kind=client];\n  a [kind=service];\n  c -> a;\n  a -> a [label=\"retry\"];\n}\n")
put("dot-sync-cycle.dot", "digraph g {\n  c [kind=client];\n  a [kind=service];\n  b [kind=service];\n  c -> a;\n  a -> b;\n  b -> a;\n}\n")
put("dot-duplicate-edges.dot", "digraph g {\n  c [kind=client];\n  a [kind=service];\n  c -> a;\n  c -> a;\n  c -> a;\n}\n")
put("dot-redeclared-kind.dot", "digraph g {\n  a [kind=service];\n  a [kind=database];\n}\n")
put("dot-keyword-names-quoted.dot", 'digraph g {\n  "node" [kind=client];\n  "edge" [kind=service];\n  "node" -> "edge";\n}\n')
put("dot-keyword-name-bare.dot", "digraph g {\n  a [kind=client];\n  a -> edge;\n}\n")
put("dot-nul-byte.dot", b"digraph g {\n  a [kind=service, label=\"x\x00y\"];\n}\n")
put("dot-escape-in-label.dot", b"digraph g {\n  a [kind=service, label=\"x\x1b[2J\x1b[31mred\"];\n}\n")
put("dot-latin1-label.dot", b"digraph g {\n  a [kind=service, label=\"caf\xe9\"];\n}\n")
put("dot-bom.dot", b"\xef\xbb\xbfdigraph g {\n  c [kind=client];\n  a [kind=service];\n  c -> a;\n}\n")
put("dot-crlf.dot", "digraph g {\r\n  c [kind=client];\r\n  a [kind=service];\r\n  c -> a;\r\n}\r\n")
put("dot-huge-number.dot", "digraph g {\n  peak_qps = \"1e400\";\n  a [kind=service, replicas=99999999999999999999999];\n}\n")
put("dot-exponent-bare.dot", "digraph g {\n  peak_qps = 1e400;\n  a [kind=service];\n}\n")
put("dot-negative-replicas.dot", "digraph g {\n  a [kind=service, replicas=-3];\n}\n")
put("dot-nan-qps.dot", "digraph g {\n  peak_qps = nan;\n  a [kind=service];\n}\n")
put("dot-wrong-type.dot", "digraph g {\n  a [kind=service, replicas=\"many\"];\n}\n")
put("dot-unknown-kind.dot", "digraph g {\n  a [kind=servise];\n}\n")
put("dot-text-after-graph.dot", "digraph g {\n  a [kind=service];\n}\nb -> c;\n")
put("dot-two-graphs.dot", "digraph one {\n  a [kind=service];\n}\ndigraph two {\n  b [kind=service];\n}\n")
put("dot-undirected-model.dot", "graph g {\n  a [kind=service];\n  b [kind=database];\n  a -- b;\n}\n")
put("dot-binary-garbage.dot", bytes((i * 37 + 11) % 256 for i in range(4096)))
put("dot-unicode-names.dot", 'digraph g {\n  "用户" [kind=client];\n  "Сервис 🙂" [kind=service];\n  "用户" -> "Сервис 🙂";\n}\n')
put("dot-script-in-label.dot", 'digraph g {\n  c [kind=client, label="<script>alert(1)</script>"];\n  a [kind=service, label="a\\"b`c``d"];\n  c -> a;\n}\n')
put("dot-edge-to-nowhere.dot", "digraph g {\n  a [kind=service];\n  a -> ghost;\n}\n")
put("dot-html-label-entities.dot", "digraph g {\n  a [kind=service, label=<&lt;b&gt; &#x1b; &amp;>];\n}\n")

# --- draw.io
put("drawio-empty.drawio", "")
put("drawio-not-xml.drawio", "this is not XML at all\n")
put("drawio-truncated.drawio", drawio_page(box("a", "API") + box("bb", "DB"))[:150])
put("drawio-wrong-root.drawio", "<?xml version=\"1.0\"?>\n<html><body/></html>\n")
put("drawio-no-diagram.drawio", "<mxfile>\n</mxfile>\n")
put("drawio-xxe.drawio", '<?xml version="1.0"?>\n<!DOCTYPE mxfile [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
    + drawio_page(box("a", "&xxe;")).split("\n", 0)[0])
laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
for i in range(1, 10):
    laughs += '<!ENTITY lol%d "%s">\n' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10)
laughs += ']>\n' + drawio_page(box("a", "&lol9;"))
put("drawio-billion-laughs.drawio", laughs)
put("drawio-broken-base64.drawio", '<mxfile>\n<diagram name="Broken">not*base64!</diagram>\n</mxfile>\n')
put("drawio-broken-deflate.drawio", '<mxfile>\n<diagram name="Broken">%s</diagram>\n</mxfile>\n'
    % base64.b64encode(b"definitely not a deflate stream").decode())
half = base64.b64encode(deflate_raw(drawio_page(box("a", "API")).encode())[:20]).decode()
put("drawio-truncated-deflate.drawio", '<mxfile>\n<diagram name="Half">%s</diagram>\n</mxfile>\n' % half)
put("drawio-parent-cycle.drawio", drawio_page(box("a", "API", parent="bb") + box("bb", "Group", parent="a")))
put("drawio-duplicate-ids.drawio", drawio_page(box("a", "API") + "\n" + box("b", "DB") + "\n" + box("a", "Cache")))
put("utf16-bom.drawio", "\ufeff<mxfile><diagram name=\"P\"></diagram></mxfile>\n".encode("utf-16-le"))
put("drawio-edge-to-missing.drawio", drawio_page(box("a", "API") +
    '<mxCell id="e" edge="1" parent="1" source="a" target="ghost"><mxGeometry relative="1" as="geometry"/></mxCell>'))
put("drawio-script-label.drawio", drawio_page(box("a", "&lt;img src=x onerror=alert(1)&gt;API") + box("bb", "&lt;script&gt;alert(2)&lt;/script&gt;DB")))
put("drawio-control-entity.drawio", drawio_page(box("a", "API&#x1b;[31m")))
put("drawio-huge-geometry.drawio", drawio_page(
    '<mxCell id="a" value="API" vertex="1" parent="1"><mxGeometry x="1e308" y="-1e308" width="1e308" height="nan" as="geometry"/></mxCell>'
    '<mxCell id="bb" value="Database" vertex="1" parent="1"><mxGeometry x="inf" y="0" width="-5" height="60" as="geometry"/></mxCell>'))
put("drawio-svg-without-content.drawio.svg", '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>\n')
put("drawio-png-without-chunk.drawio.png", b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND")))
put("drawio-png-truncated.drawio.png", b"\x89PNG\r\n\x1a\n\x00\x00\x01\x00zTXtmxfile\x00\x00")
put("drawio-binary-garbage.drawio", bytes((i * 91 + 7) % 256 for i in range(4096)))

# --- Mermaid and Markdown
put("mermaid-empty.mmd", "")
put("mermaid-sequence.mmd", "sequenceDiagram\n  Alice->>Bob: hi\n")
put("mermaid-unclosed-subgraph.mmd", "flowchart LR\n  subgraph api [API]\n  a --> b\n")
put("mermaid-end-without-subgraph.mmd", "flowchart LR\n  a --> b\n  end\n")
put("mermaid-unclosed-label.mmd", "flowchart LR\n  a[API --> b\n")
put("mermaid-one-letter-ids.mmd", "flowchart LR\n  A --> a\n  a --> B[Service]\n")
put("mermaid-self-loop.mmd", "flowchart LR\n  u[User] --> a[API]\n  a --> a\n")
put("mermaid-keyword-ids.mmd", "flowchart LR\n  node[Web App] --> edge[API]\n  edge --> graph[(Orders DB)]\n")
put("mermaid-control-char.mmd", b"flowchart LR\n  a[API] --> b[\"bad \x1b[2J\"]\n")
put("mermaid-binary-garbage.mmd", bytes((i * 53 + 3) % 256 for i in range(4096)))
put("markdown-without-mermaid.md", "# Design\n\nNo diagram here.\n\n```js\nconsole.log(1)\n```\n")
put("markdown-unclosed-fence.md", "# Design\n\n```mermaid\nflowchart LR\n  a[API] --> b[(DB)]\n")

# --- archlint.toml (each in a folder of its own, beside a clean model)
for name, text in {
    "config-not-toml": "this is = = not toml [[\n",
    "config-unknown-key": "fail_oon = \"error\"\n",
    "config-huge-threshold": "[thresholds]\nfanout_limit = 99999999999999999999999\n",
    "config-wrong-type": "fail_on = 42\n",
}.items():
    os.makedirs(os.path.join(out, name), exist_ok=True)
    put(os.path.join(name, "archlint.toml"), text)
    put(os.path.join(name, "model.dot"), "digraph g {\n  c [kind=client];\n  a [kind=service];\n  c -> a;\n}\n")

# --- pattern rules (a folder of rules each, for --rules)
for name, text in {
    "pattern-bad-syntax": "digraph p {\n  id=\"x\"; check=forbid\n  a [kind=service\n}\n",
    "pattern-no-id": "digraph p {\n  check=forbid; message=\"m\"; fix=\"f\"\n  a [kind=service]\n}\n",
}.items():
    os.makedirs(os.path.join(out, name), exist_ok=True)
    put(os.path.join(name, "rule.dot"), text)
# Five service nodes and no edges: every ordered choice of five of thirty services matches.
os.makedirs(os.path.join(out, "pattern-loose", "rules"), exist_ok=True)
put(os.path.join("pattern-loose", "rules", "rule.dot"),
    "digraph p {\n  id=\"loose\"; check=forbid; message=\"{a} {b} {c}\"; fix=\"f\"\n"
    "  a [kind=service]; b [kind=service]; c [kind=service]; d [kind=service]; e [kind=service]\n}\n")
put(os.path.join("pattern-loose", "model.dot"),
    "digraph thirty {\n  u [kind=client];\n" + "".join("  s%d [kind=service];\n  u -> s%d;\n" % (i, i) for i in range(30)) + "}\n")
