"""Intent classifier for customer-support tickets.

tickets.csv: ticket_id, created_at, channel, subject, body, intent
Some intents (e.g. 'gdpr_request', 'chargeback') have only a few dozen tickets, so the
rare intents are upsampled to a minimum count before training.
"""
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, f1_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.utils import resample

MIN_PER_INTENT = 400
SEED = 11

tickets = pd.read_csv("data/tickets.csv")
tickets["text"] = (tickets["subject"].fillna("") + " " + tickets["body"].fillna("")).str.lower()
tickets = tickets[tickets["text"].str.len() > 10]

counts = tickets["intent"].value_counts()
print(counts)

# --- balance the rare intents ---------------------------------------------
parts = []
for intent, n in counts.items():
    block = tickets[tickets["intent"] == intent]
    if n < MIN_PER_INTENT:
        block = resample(block, replace=True, n_samples=MIN_PER_INTENT, random_state=SEED)
    parts.append(block)
balanced = pd.concat(parts).sample(frac=1.0, random_state=SEED).reset_index(drop=True)
print("after balancing:", balanced.shape)

train_df, test_df = train_test_split(balanced, test_size=0.2, random_state=SEED,
                                     stratify=balanced["intent"])

clf = Pipeline([
    ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
    ("lr", LogisticRegression(C=5.0, max_iter=3000)),
])
clf.fit(train_df["text"], train_df["intent"])

pred = clf.predict(test_df["text"])
print("accuracy :", round(accuracy_score(test_df["intent"], pred), 4))
print("macro F1 :", round(f1_score(test_df["intent"], pred, average="macro"), 4))
print(classification_report(test_df["intent"], pred, zero_division=0))

# per-intent confusion for the rare ones
rare = counts[counts < MIN_PER_INTENT].index
report = pd.DataFrame({"true": test_df["intent"].values, "pred": pred})
for intent in rare:
    sub = report[report["true"] == intent]
    print(f"{intent:>20s}: recall={np.mean(sub['pred'] == intent):.3f} (n={len(sub)})")

pd.to_pickle(clf, "models/intent_clf.pkl")
