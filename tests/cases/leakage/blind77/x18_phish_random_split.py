# phishing url detection - lexical features + random forest
# run: python x18_phish_random_split.py

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

LEXICAL = [
    "url_length", "host_length", "num_dots", "num_hyphens", "num_digits", "num_special",
    "has_ip", "has_at", "path_depth", "num_subdomains", "uses_https", "url_entropy",
    "n_suspicious_words", "domain_age_days",
]

df = pd.read_csv("train.csv")
print("rows", len(df), "| phishing", round(df.is_phishing.mean(), 3), "| domains", df.registered_domain.nunique())

# a few derived ratios
def add_ratios(d):
    d = d.copy()
    d["digit_ratio"] = d["num_digits"] / d["url_length"].clip(lower=1)
    d["special_ratio"] = d["num_special"] / d["url_length"].clip(lower=1)
    d["host_share"] = d["host_length"] / d["url_length"].clip(lower=1)
    d["young_domain"] = (d["domain_age_days"].fillna(-1) < 30).astype(int)
    d["domain_age_days"] = d["domain_age_days"].fillna(-1)
    return d

df = add_ratios(df)
FEATURES = LEXICAL + ["digit_ratio", "special_ratio", "host_share", "young_domain"]

X = df[FEATURES]
y = df["is_phishing"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

models = {
    "majority baseline": DummyClassifier(strategy="most_frequent"),
    "random forest": RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=42),
}
models["majority baseline"].fit(X_train, y_train)
rf = models["random forest"].fit(X_train, y_train)

for name, m in models.items():
    proba = m.predict_proba(X_test)[:, 1]
    pred = m.predict(X_test)
    print(f"{name:18s} auc={roc_auc_score(y_test, proba):.4f} f1={f1_score(y_test, pred, zero_division=0):.4f} "
          f"p={precision_score(y_test, pred, zero_division=0):.4f} r={recall_score(y_test, pred):.4f}")

imp = sorted(zip(rf.feature_importances_, FEATURES), reverse=True)
for v, f in imp[:10]:
    print(f"  {f:20s} {v:.3f}")

test = add_ratios(pd.read_csv("test.csv"))
rf.fit(X, y)
pd.DataFrame({"url_id": test.url_id, "prediction": rf.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
