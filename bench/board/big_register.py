"""Writes an assurance.yaml with one register of N risks and one plan of M actions (SYNTHETIC), for
bench/board.sh: the Board page must serve them on one page. Usage: big_register.py RISKS ACTIONS OUT."""
import sys

risks, actions, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
lines = [
    "# SYNTHETIC: a large register and plan for the Board page benchmark (bench/board.sh).",
    "bcf_plan: bcf/leeds-2019-20.yaml",
    "matrices:",
    "  - id: scores",
    '    name: "Risk grading by score"',
    '    source: "SYNTHETIC"',
    "    bands:",
    '      - {id: critical, name: "Critical", colour: black, priority: 1, scores: [20, 25]}',
    '      - {id: serious, name: "Serious", colour: red, priority: 2, scores: [15, 16]}',
    '      - {id: high, name: "High", colour: yellow, priority: 3, scores: [8, 12]}',
    '      - {id: moderate, name: "Moderate", colour: green, priority: 4, scores: [4, 6]}',
    '      - {id: low, name: "Low", colour: white, priority: 5, scores: [1, 3]}',
    "registers:",
    "  - id: big",
    '    name: "Benchmark register (SYNTHETIC)"',
    '    source: "SYNTHETIC"',
    "    matrix: scores",
    "    appetite: high",
    "    risks:",
]
for i in range(risks):
    l, c = 1 + i % 5, 1 + (i // 5) % 5
    lines += [
        f"      - id: R{i + 1}",
        f'        description: "Risk {i + 1} arises due to cause {i % 37} resulting in harm {i % 11}"',
        '        owner: "Partnership Executive Group"',
        f"        before: {{likelihood: {l}, consequence: {c}}}",
        f"        now: {{likelihood: {max(1, l - 1)}, consequence: {c}}}",
        f"        target: {{likelihood: 1, consequence: {c}}}",
        '        controls: ["Monthly review"]',
        f'        review: "2019-{1 + i % 12:02d}-15"',
        f"        linked_actions: [big/A{1 + i * 10 % actions}]",
        "        history:",
        f'          - {{date: "2018-06-01", likelihood: {l}, consequence: {c}}}',
    ]
lines += [
    "action_plans:",
    "  - id: big",
    '    name: "Benchmark action plan (SYNTHETIC)"',
    '    source: "SYNTHETIC"',
    "    stale_after_days: 90",
    "    actions:",
]
for i in range(actions):
    rag = ["green", "amber", "red"][i % 3]
    lines += [
        f"      - id: A{i + 1}",
        f'        action: "Action {i + 1} on workstream {i % 53}"',
        '        owner: "Integrated Commissioning Executive"',
        '        raised: "2018-12-01"',
        f'        due: "2019-{1 + i % 12:02d}-28"',
        "        updates:",
        f'          - {{date: "2019-0{1 + i % 8}-10", note: "Progress noted", rag: {rag}}}',
    ]
open(out, "w").write("\n".join(lines) + "\n")
