"""Travel insurance fraud flag - logistic regression scorecard.

Hold-out is split by customer so the same person never sits on both sides.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print("fraud rate:", round(train.is_fraud.mean(), 4))
print(train.groupby("channel").is_fraud.mean().round(3))


def add_features(d):
    d = d.copy()
    d["log_amount"] = np.log1p(d.claim_amount)
    d["amount_per_day"] = d.claim_amount / d.trip_length_days.clip(lower=1)
    d["early_claim"] = (d.days_since_policy_start < 14).astype(int)
    d["late_report"] = (d.days_to_report > 60).astype(int)
    return d


train = add_features(train)
test = add_features(test)

num = ["log_amount", "amount_per_day", "trip_length_days", "days_since_policy_start",
       "days_to_report", "n_prior_claims_customer", "age", "policy_price", "early_claim", "late_report"]
cat = ["claim_type", "destination_region", "channel", "receipts_provided", "hospital_contact"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=11)
tr_idx, te_idx = next(gss.split(train, groups=train.customer_id))
tr, te = train.iloc[tr_idx], train.iloc[te_idx]
print("train", len(tr), "hold-out", len(te))

pre = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num),
    (OneHotEncoder(handle_unknown="ignore"), cat),
)
clf = make_pipeline(pre, LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"))
clf.fit(tr[num + cat], tr.is_fraud)

pred = clf.predict(te[num + cat])
acc = accuracy_score(te.is_fraud, pred)
baseline_acc = accuracy_score(te.is_fraud, np.zeros(len(te), dtype=int))
print(f"baseline (never fraud) accuracy: {baseline_acc:.4f}")
print(f"logistic regression accuracy:    {acc:.4f}")

coef = pd.Series(clf[-1].coef_[0], index=clf[0].get_feature_names_out()).sort_values()
print("strongest fraud signals:")
print(coef.tail(8).round(3))

clf.fit(train[num + cat], train.is_fraud)
out = pd.DataFrame({"claim_id": test.claim_id, "prediction": clf.predict_proba(test[num + cat])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.prediction.describe())
