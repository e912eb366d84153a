# Ticket priority - feature selection with mutual information, then gradient boosting
# CV grouped by account.

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.ensemble import HistGradientBoostingClassifier

df = pd.read_csv("train.csv", parse_dates=["created_at"])

# ---------- features ----------
df["hour"] = df["created_at"].dt.hour
df["weekday"] = df["created_at"].dt.dayofweek
df["month"] = df["created_at"].dt.month
subj = df["subject"].fillna("").str.lower()
for kw in ["error", "down", "outage", "login", "invoice", "refund", "slow", "crash", "api", "password",
           "urgent", "asap", "question", "feature", "export"]:
    df[f"kw_{kw}"] = subj.str.contains(kw).astype(int)
df["subject_len"] = subj.str.len()
df["body_length"] = df["body_length"].fillna(0)
df["account_seats"] = df["account_seats"].fillna(0)

X = pd.get_dummies(
    df.drop(columns=["ticket_id", "account_id", "created_at", "subject", "priority",
                     "resolution_hours", "escalation_level"]),
    columns=["channel", "product_area", "customer_tier"], dtype=int,
)
y = df["priority"]
print("all features:", X.shape[1])

# ---------- keep the 20 most informative ----------
selector = SelectKBest(mutual_info_classif, k=20)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
print("kept:", list(kept))

# ---------- grouped CV ----------
model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
scores = cross_val_score(model, X_sel, y, groups=df["account_id"], cv=GroupKFold(n_splits=5), scoring="f1_macro")
print("macro F1 per fold:", np.round(scores, 3))
print(f"macro F1 = {scores.mean():.3f} +/- {scores.std():.3f}")

# ---------- submission ----------
model.fit(X_sel, y)
test = pd.read_csv("test.csv", parse_dates=["created_at"])
test["hour"] = test["created_at"].dt.hour
test["weekday"] = test["created_at"].dt.dayofweek
test["month"] = test["created_at"].dt.month
tsubj = test["subject"].fillna("").str.lower()
for kw in ["error", "down", "outage", "login", "invoice", "refund", "slow", "crash", "api", "password",
           "urgent", "asap", "question", "feature", "export"]:
    test[f"kw_{kw}"] = tsubj.str.contains(kw).astype(int)
test["subject_len"] = tsubj.str.len()
test["body_length"] = test["body_length"].fillna(0)
test["account_seats"] = test["account_seats"].fillna(0)
X_test = pd.get_dummies(test, columns=["channel", "product_area", "customer_tier"], dtype=int).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": model.predict(X_test[kept])}).to_csv("predictions.csv", index=False)
