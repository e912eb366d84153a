"""
Escalation classifier. The most realistic check is "train on the past, predict newer tickets",
so I sort by creation time and hold out the most recent 20% of tickets.
"""
import pandas as pd
import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

df = pd.read_csv("train.csv", parse_dates=["created_at"])
df = df.sort_values("created_at").reset_index(drop=True)
df["text"] = df["subject"].fillna("") + " " + df["body"].fillna("")
df["hour"] = df["created_at"].dt.hour
df["weekday"] = df["created_at"].dt.weekday

cut = int(len(df) * 0.8)
train, valid = df.iloc[:cut], df.iloc[cut:]
print("train until", train["created_at"].max(), "| valid from", valid["created_at"].min())
print("valid escalation rate", valid["escalated"].mean())

cols = ["text", "channel", "product", "customer_tier", "hour", "weekday"]
pre = ColumnTransformer([
    ("txt", TfidfVectorizer(ngram_range=(1, 2), min_df=3, sublinear_tf=True), "text"),
    ("cat", OneHotEncoder(handle_unknown="ignore"), ["channel", "product", "customer_tier", "hour", "weekday"]),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(C=1.5, max_iter=3000, class_weight="balanced"))])
clf.fit(train[cols], train["escalated"])
p = clf.predict_proba(valid[cols])[:, 1]

base = DummyClassifier(strategy="prior").fit(train[cols], train["escalated"])
pb = base.predict_proba(valid[cols])[:, 1]

print(f"AP     model={average_precision_score(valid['escalated'], p):.3f}  prior={average_precision_score(valid['escalated'], pb):.3f}")
print(f"ROCAUC model={roc_auc_score(valid['escalated'], p):.3f}  prior={roc_auc_score(valid['escalated'], pb):.3f}")

prec, rec, thr = precision_recall_curve(valid["escalated"], p)
for target_recall in (0.5, 0.7, 0.9):
    i = np.argmin(np.abs(rec - target_recall))
    print(f"recall~{target_recall}: precision={prec[i]:.2f}")

test = pd.read_csv("test.csv", parse_dates=["created_at"])
test["text"] = test["subject"].fillna("") + " " + test["body"].fillna("")
test["hour"] = test["created_at"].dt.hour
test["weekday"] = test["created_at"].dt.weekday
clf.fit(df[cols], df["escalated"])
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": clf.predict_proba(test[cols])[:, 1]}).to_csv("predictions.csv", index=False)
