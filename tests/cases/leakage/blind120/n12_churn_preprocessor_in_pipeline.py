# churn_pipeline.py - take-home submission (churn next month)
#
# Steps: audit -> out-of-time validation (new customers only) -> logistic vs. prior
# baseline -> error analysis -> final fit -> predictions.csv

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

NUM = ["tenure_months", "monthly_charges", "total_charges", "support_calls_30d",
       "late_payments_90d", "data_usage_gb", "num_products", "last_login_days"]
CAT = ["plan_type", "region", "contract_type", "autopay"]
Y = "churned_next_month"

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# --- audit ---------------------------------------------------------------
# retention_offer_accepted / account_closed_date_known are recorded after the churn
# event; keys are not predictive of new customers. Keep only NUM + CAT.
print(train[NUM].isna().mean().round(3))
print(train[Y].value_counts(normalize=True).round(4))


def preprocessor():
    return ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])


# --- validation split ----------------------------------------------------
cut = pd.Timestamp("2024-07-01")
early = train["snapshot_month"] < cut
new_cust = ~train["customer_id"].isin(train.loc[early, "customer_id"])
tr = train[early]
va = train[~early & new_cust]
print(f"fit rows {len(tr)}, validation rows {len(va)} ({va['customer_id'].nunique()} customers)")

model = Pipeline([("pre", preprocessor()), ("clf", LogisticRegression(C=0.5, max_iter=2000))])
model.fit(tr[NUM + CAT], tr[Y])
p_val = model.predict_proba(va[NUM + CAT])[:, 1]
p_base = DummyClassifier(strategy="prior").fit(tr[NUM + CAT], tr[Y]).predict_proba(va[NUM + CAT])[:, 1]


def bootstrap(y, p, n=400, seed=1):
    rng = np.random.default_rng(seed)
    y, p = np.asarray(y), np.asarray(p)
    out = []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        if y[i].min() != y[i].max():
            out.append(roc_auc_score(y[i], p[i]))
    return np.percentile(out, [2.5, 97.5])


print("prior baseline AUC", round(roc_auc_score(va[Y], p_base), 4))
print("logistic AUC      ", round(roc_auc_score(va[Y], p_val), 4), bootstrap(va[Y], p_val).round(3))
print("logistic PR AUC   ", round(average_precision_score(va[Y], p_val), 4))

seg = va.assign(p=p_val).groupby("contract_type").apply(
    lambda g: pd.Series({"n": len(g), "churn": g[Y].mean(),
                         "auc": roc_auc_score(g[Y], g["p"]) if g[Y].nunique() > 1 else np.nan}))
print(seg.round(3))
top = va.assign(p=p_val).nlargest(300 * 20, "p")
print("churners captured by monthly call list:", round(top[Y].sum() / va[Y].sum(), 3))

# --- final ---------------------------------------------------------------
final = Pipeline([("pre", preprocessor()), ("clf", LogisticRegression(C=0.5, max_iter=2000))])
final.fit(train[NUM + CAT], train[Y])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
print("predictions.csv written")
