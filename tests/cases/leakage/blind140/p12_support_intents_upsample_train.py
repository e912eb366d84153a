"""Intent classifier for customer-support tickets.

tickets.csv: ticket_id, created_at, channel, subject, body, intent
Rare intents are upsampled to a minimum count - on the training split only, so the test
split keeps its natural class distribution and contains no copies of training tickets.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
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
print(tickets["intent"].value_counts())

train_df, test_df = train_test_split(tickets, test_size=0.2, random_state=SEED,
                                     stratify=tickets["intent"])

# --- balance the rare intents (training rows only) ----------------------------
counts = train_df["intent"].value_counts()
parts = []
for intent, n in counts.items():
    block = train_df[train_df["intent"] == intent]
    if n < MIN_PER_INTENT:
        block = resample(block, replace=True, n_samples=MIN_PER_INTENT, random_state=SEED)
    parts.append(block)
train_bal = pd.concat(parts).sample(frac=1.0, random_state=SEED).reset_index(drop=True)
print("train after balancing:", train_bal.shape, "test:", test_df.shape)

clf = Pipeline([
    ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
    ("lr", LogisticRegression(C=5.0, max_iter=3000)),
])
clf.fit(train_bal["text"], train_bal["intent"])

dummy = DummyClassifier(strategy="most_frequent").fit(train_df["text"], train_df["intent"])
dummy_pred = dummy.predict(test_df["text"])
print("dummy accuracy:", round(accuracy_score(test_df["intent"], dummy_pred), 4))

pred = clf.predict(test_df["text"])
print("model accuracy:", round(accuracy_score(test_df["intent"], pred), 4))
print(classification_report(test_df["intent"], pred, zero_division=0))

rare = counts[counts < MIN_PER_INTENT].index
report = pd.DataFrame({"true": test_df["intent"].values, "pred": pred})
for intent in rare:
    sub = report[report["true"] == intent]
    print(f"{intent:>20s}: recall={np.mean(sub['pred'] == intent):.3f} (n={len(sub)})")

pd.to_pickle(clf, "models/intent_clf.pkl")
