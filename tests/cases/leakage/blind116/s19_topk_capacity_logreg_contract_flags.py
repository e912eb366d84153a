# Churn snapshots take-home - ranking for a capacity-limited call list.
#
# The retention desk can call about 150 customers a month, so the headline
# metric is precision / recall in the top 150 of each month, next to ROC-AUC.
# Evaluation: rolling origin (Apr-Sep), train on earlier months, evaluate on the
# origin month's customers that never appeared before it.
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CAPACITY = 150
TARGET = "churned_next_month"
DROP = [TARGET, "snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]
CATS = ["plan", "region", "contract_type", "payment_method"]

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape)
print(df[TARGET].mean())
print(df["contract_type"].value_counts())

# contract-level features
df["month_to_month"] = (df["contract_type"] == "Month-to-month").astype(int)
df["charges_x_discount"] = df["monthly_charges"] * (1 - df["discount_pct"] / 100)
df["no_logins"] = (df["logins_30d"] == 0).astype(int)
print(df.groupby("month_to_month")[TARGET].mean())

features = [c for c in df.columns if c not in DROP]
nums = [c for c in features if c not in CATS]
print("numeric:", nums)


def build():
    pre = ColumnTransformer([("num", StandardScaler(), nums),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), CATS)])
    return make_pipeline(pre, LogisticRegression(C=0.3, max_iter=3000))


def topk(y_true, score, k):
    order = np.argsort(-score)[:k]
    hits = y_true[order].sum()
    return hits / len(order), hits / max(1, y_true.sum())


months = sorted(df["snapshot_month"].unique())
rng = np.random.default_rng(0)
rows = []
for origin in months[3:]:
    train = df[df["snapshot_month"] < origin]
    evalm = df[(df["snapshot_month"] == origin) & ~df["customer_id"].isin(train["customer_id"])]
    model = build().fit(train[features], train[TARGET])
    s = model.predict_proba(evalm[features])[:, 1]
    y = evalm[TARGET].to_numpy()
    k = min(CAPACITY, len(y))
    prec, rec = topk(y, s, k)
    rand_prec, rand_rec = topk(y, rng.random(len(y)), k)
    rule_prec, rule_rec = topk(y, evalm["payment_failures_90d"].to_numpy() + 1e-3 * rng.random(len(y)), k)
    rows.append(dict(origin=pd.Timestamp(origin).strftime("%Y-%m"), n=len(y), churners=int(y.sum()),
                     auc=roc_auc_score(y, s), prec_at_k=prec, recall_at_k=rec,
                     baseline_random_prec=rand_prec, baseline_rule_prec=rule_prec))

res = pd.DataFrame(rows)
print(res.round(3).to_string(index=False))
print(res[["auc", "prec_at_k", "recall_at_k", "baseline_random_prec", "baseline_rule_prec"]].mean().round(3))

coefs = pd.Series(model[-1].coef_[0], index=model[0].get_feature_names_out()).sort_values()
print(coefs.round(3).to_string())

test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
test["month_to_month"] = (test["contract_type"] == "Month-to-month").astype(int)
test["charges_x_discount"] = test["monthly_charges"] * (1 - test["discount_pct"] / 100)
test["no_logins"] = (test["logins_30d"] == 0).astype(int)
final = build().fit(df[features], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
