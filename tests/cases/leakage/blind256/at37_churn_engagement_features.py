"""
Churn take-home - engagement-focused model

Notes to self
- one row = one customer-month; label = churn in the following month
- account_closed_date_known is filled in when the account is closed -> out
- validate out of time, on customers not seen before the cutoff
- report ROC AUC / PR AUC / lift in the top decile, against a dummy
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
EXCLUDE = {"customer_id", "snapshot_id", "snapshot_month", TARGET, "account_closed_date_known"}

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# engagement ratios (row-wise)
for d in (df, test):
    d["logins_per_ticket"] = d["logins_30d"] / (1 + d["support_tickets_30d"])
    d["usage_per_dollar"] = d["data_usage_gb"] / d["monthly_charges"].clip(lower=1)
    d["new_customer"] = (d["tenure_months"] < 6).astype(int)

features = [c for c in df.columns if c not in EXCLUDE]
cat_cols = [c for c in features if df[c].dtype == object]
num_cols = [c for c in features if c not in cat_cols]
print("categorical:", cat_cols)
print("numeric:", num_cols)

# correlation of the numeric features with churn, for the memo
corr = df[num_cols + [TARGET]].corr()[TARGET].drop(TARGET).sort_values()
plt.figure(figsize=(6, 5))
sns.barplot(x=corr.values, y=corr.index, orient="h")
plt.title("correlation with churned_next_month")
plt.tight_layout()
plt.savefig("corr.png")

# out-of-time, unseen-customer holdout
months = np.sort(df["snapshot_month"].unique())
cutoff = months[-3]
tr = df[df["snapshot_month"] < cutoff]
ho = df[(df["snapshot_month"] >= cutoff) & (~df["customer_id"].isin(tr["customer_id"]))]
print(f"train {len(tr)}  holdout {len(ho)}  holdout churn {ho[TARGET].mean():.3f}")

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ])),
    ("lr", LogisticRegression(max_iter=3000, C=0.5, class_weight="balanced")),
])
pipe.fit(tr[features], tr[TARGET])
p = pipe.predict_proba(ho[features])[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(tr[features], tr[TARGET]).predict_proba(ho[features])[:, 1]


def top_decile_lift(y, s):
    k = max(1, len(s) // 10)
    return y.to_numpy()[np.argsort(-s)[:k]].mean() / y.mean()


for name, s in [("dummy baseline", p_dummy), ("logistic", p)]:
    print(f"{name:15s} ROC AUC {roc_auc_score(ho[TARGET], s):.3f}  PR AUC {average_precision_score(ho[TARGET], s):.3f}"
          f"  lift@10% {top_decile_lift(ho[TARGET], s):.2f}")

# refit on all labelled months
pipe.fit(df[features], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": pipe.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
