# Churn take-home: smoothed target encoding of the categoricals + logistic regression
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
CATS = ["plan", "region", "contract_type"]
NUM = ["tenure_months", "monthly_charges", "support_tickets_90d", "logins_30d", "payment_failures"]
ALPHA = 20  # smoothing strength


def smoothed_means(frame, col, target, alpha=ALPHA):
    prior = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["sum", "count"])
    return (stats["sum"] + alpha * prior) / (stats["count"] + alpha), prior


df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
df = df.drop(columns=["retention_offer_accepted", "account_closed_date_known"])
print(df.shape, df[TARGET].mean())

# encode each categorical by its smoothed churn rate
for c in CATS:
    enc, prior = smoothed_means(df, c, TARGET)
    print(enc.sort_values())
    df[c + "_te"] = df[c].map(enc).fillna(prior)
    test[c + "_te"] = test[c].map(enc).fillna(prior)

df[NUM] = df[NUM].fillna(0)
test[NUM] = test[NUM].fillna(0)
FEATURES = NUM + [c + "_te" for c in CATS]

# validation: last 3 months, customers unseen in the earlier months
months = np.sort(df["snapshot_month"].unique())
tr = df[df["snapshot_month"] < months[-3]]
va = df[df["snapshot_month"] >= months[-3]]
va = va[~va["customer_id"].isin(tr["customer_id"])]
print(len(tr), len(va))

scaler = StandardScaler().fit(tr[FEATURES])
Xtr, Xva = scaler.transform(tr[FEATURES]), scaler.transform(va[FEATURES])

base = DummyClassifier(strategy="prior").fit(Xtr, tr[TARGET])
clf = LogisticRegression(max_iter=1000).fit(Xtr, tr[TARGET])
for name, m in [("prior baseline", base), ("logreg + TE", clf)]:
    p = m.predict_proba(Xva)[:, 1]
    print(f"{name:15s} auc {roc_auc_score(va[TARGET], p):.4f}  ap {average_precision_score(va[TARGET], p):.4f}")

print(dict(zip(FEATURES, np.round(clf.coef_[0], 3))))

scaler = StandardScaler().fit(df[FEATURES])
clf = LogisticRegression(max_iter=1000).fit(scaler.transform(df[FEATURES]), df[TARGET])
pred = clf.predict_proba(scaler.transform(test[FEATURES]))[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
