#!/usr/bin/env python3
"""Generates a Markdown corpus of DBS marketing copy for benchmarks: seeded, a realistic mix of
claims and compliant copy (about a third of the sentences make a claim), headings, lists, links,
emphasis and code blocks, plus plain filler paragraphs that name no therapy.

Usage: gen_text.py OUT --mb N [--seed S] [--files K]
With --files K, OUT is a directory and the corpus is split across K files."""
import argparse, os, random

THERAPY = ["Deep brain stimulation", "DBS", "The neurostimulator", "DBS therapy",
           "The stimulation system", "Brain pacemaker surgery", "Activa therapy"]
CLAIM_TAILS = [
    "works for children as young as {young}.", "is completely safe for {people}.",
    "relieves spasms in {pct}% of patients.", "is a first-line option for {people}.",
    "helps {people} with cerebral palsy.", "treats blepharospasm and writer's cramp.",
    "is FDA-approved for dystonia.", "should be offered right after diagnosis.",
    "can restore normal movement within weeks.", "is painless and has no side effects.",
    "gave {name} back a normal life.", "is the answer for any kind of dystonia.",
]
SAFE_TAILS = [
    "may help manage symptoms in patients {old} and older after medications have failed.",
    "is not for patients younger than seven.", "carries risks such as infection and bleeding.",
    "is authorized by Federal law as a Humanitarian Device.",
    "has not been shown to work in secondary dystonia.",
    "is considered only when drugs no longer control symptoms.",
    "might ease chronic cervical dystonia in {people}.",
]
PEOPLE = ["toddlers", "adults", "teenagers", "children", "older adults", "patients",
          "young people", "families"]
NAMES = ["Maya", "our son", "Luis", "my daughter", "Aisha", "Tom"]
FILLER = [
    "Our clinic is open Monday to Friday and parking is free for visitors.",
    "Dystonia is a movement disorder that causes muscles to contract involuntarily.",
    "Botulinum toxin injections are repeated every three months in many clinics.",
    "Physical therapy and stretching are part of every care plan we write.",
    "Call our nurse line with any questions about appointments or billing.",
    "Support groups meet on the first Tuesday of each month in the library.",
    "The hospital was founded in 1921 and serves the whole region.",
    "Read our annual report to learn how donations fund new research.",
]
HDE = ("Humanitarian Device. Authorized by Federal law as an aid in the management of chronic, "
       "intractable (drug refractory) primary dystonia, including generalized and/or segmental "
       "dystonia, hemidystonia, and cervical dystonia (torticollis), in patients seven years of "
       "age or above. The effectiveness of the devices for treating these conditions has not "
       "been demonstrated.")


def sentence(rng):
    r = rng.random()
    if r < 0.45:
        return rng.choice(FILLER)
    tails = CLAIM_TAILS if r < 0.75 else SAFE_TAILS
    t = rng.choice(tails).format(young=rng.choice(["four", "3", "five", "6", "two"]),
                                 people=rng.choice(PEOPLE), pct=rng.randint(50, 99),
                                 name=rng.choice(NAMES), old=rng.choice(["seven", "7", "12"]))
    s = rng.choice(THERAPY) + " " + t
    if rng.random() < 0.15:
        w = s.split(" ")
        i = rng.randrange(1, len(w))
        w[i] = "**" + w[i] + "**"
        s = " ".join(w)
    return s


def page(rng, index):
    out = [f"# Deep brain stimulation for dystonia, page {index}", ""]
    for _ in range(rng.randint(4, 9)):
        kind = rng.random()
        if kind < 0.15:
            out.append("## " + rng.choice(["Who can benefit", "Our results", "Risks", "Costs"]))
            out.append("")
        elif kind < 0.3:
            out.extend("- " + sentence(rng) for _ in range(rng.randint(2, 4)))
            out.append("")
        elif kind < 0.33:
            out.extend(["```", "DBS cures everything; this is code", "```", ""])
        else:
            out.append(" ".join(sentence(rng) for _ in range(rng.randint(2, 5))))
            out.append("")
    if rng.random() < 0.5:
        out.extend([HDE, ""])
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--files", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    target = int(a.mb * 1024 * 1024)
    if a.files:
        os.makedirs(a.out, exist_ok=True)
        per = target // a.files
        for k in range(a.files):
            with open(os.path.join(a.out, f"page{k:05d}.md"), "w", encoding="utf-8") as f:
                n = 0
                i = 0
                while n < per:
                    p = page(rng, i)
                    f.write(p)
                    n += len(p.encode())
                    i += 1
        return
    with open(a.out, "w", encoding="utf-8") as f:
        n = 0
        i = 0
        while n < target:
            p = page(rng, i)
            f.write(p)
            n += len(p.encode())
            i += 1


if __name__ == "__main__":
    main()
