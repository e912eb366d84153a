# Ticket routing take-home: 6-queue classifier
#
# Time-based evaluation: train on tickets created before 2024-03-01 and
# evaluate on the tickets created afterwards.
# Everything learned from data sits inside one sklearn Pipeline.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import balanced_accuracy_score, classification_report, f1_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.svm import LinearSVC

CUTOFF = pd.Timestamp("2024-03-01")
TEXT = "text"
CATEGORICAL = ["channel", "plan_tier", "priority", "language"]
NUMERIC = ["n_prior_tickets", "account_age_days"]

tickets = pd.read_csv("train.csv", parse_dates=["created_at"])
tickets[TEXT] = tickets["subject"].fillna("") + " | " + tickets["body"].fillna("")
tickets = tickets.sort_values("created_at")

train = tickets[tickets["created_at"] < CUTOFF]
test = tickets[tickets["created_at"] >= CUTOFF]
overlap = test["account_id"].isin(train["account_id"])
print(f"dropping {overlap.mean():.0%} of evaluation tickets from accounts seen in training")
test = test[~overlap]
print(f"train {len(train):,} rows / test {len(test):,} rows")
print("queue mix in test:\n", test["queue"].value_counts(normalize=True).round(3))

preprocess = ColumnTransformer([
    ("text", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True), TEXT),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ("num", StandardScaler(), NUMERIC),
])
router = Pipeline([("prep", preprocess), ("svm", LinearSVC(C=0.5, class_weight="balanced"))])

features = [TEXT] + CATEGORICAL + NUMERIC
router.fit(train[features], train["queue"])
pred = router.predict(test[features])

baseline = DummyClassifier(strategy="stratified", random_state=0)
baseline.fit(train[features], train["queue"])
base_pred = baseline.predict(test[features])

report = pd.DataFrame({
    "model": ["baseline (stratified guess)", "tfidf + LinearSVC"],
    "macro_f1": [f1_score(test["queue"], base_pred, average="macro"),
                 f1_score(test["queue"], pred, average="macro")],
    "balanced_acc": [balanced_accuracy_score(test["queue"], base_pred),
                     balanced_accuracy_score(test["queue"], pred)],
})
print(report.round(3).to_string(index=False))
print(classification_report(test["queue"], pred, digits=3))

# macro-F1 per week of the evaluation period
weekly = (test.assign(correct=(pred == test["queue"]).astype(int))
              .set_index("created_at")["correct"].resample("W").mean())
weekly.plot(marker="o", title="weekly routing accuracy (evaluation period)")
plt.ylabel("share routed correctly")
plt.tight_layout()
plt.savefig("weekly_accuracy.png")

new = pd.read_csv("test.csv", parse_dates=["created_at"])
new[TEXT] = new["subject"].fillna("") + " | " + new["body"].fillna("")
pd.DataFrame({"ticket_id": new["ticket_id"], "prediction": router.predict(new[features])}) \
    .to_csv("predictions.csv", index=False)
