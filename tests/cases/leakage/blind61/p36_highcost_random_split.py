import numpy as np
import pandas as pd
from xgboost import XGBClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

claims = pd.read_csv("train.csv", parse_dates=["service_date"])
test = pd.read_csv("test.csv", parse_dates=["service_date"])
members = pd.read_csv("members.csv")

print(claims.shape, claims.member_id.nunique(), "members")
print(claims.high_cost_90d.mean())
print(claims.groupby(claims.service_date.dt.to_period("M")).high_cost_90d.mean().tail(12))
print(claims.groupby("claim_type").allowed_amount.describe())


def features(df):
    df = df.merge(members[["member_id", "birth_year", "sex", "plan_type"]], on="member_id", how="left")
    df = df.sort_values(["member_id", "service_date"]).reset_index(drop=True)
    df["age"] = df.service_date.dt.year - df.birth_year
    df["female"] = (df.sex == "F").astype(int)
    df["hmo"] = (df.plan_type == "HMO").astype(int)
    df["ip"] = (df.claim_type == "IP").astype(int)
    df["er"] = (df.place_of_service == "ER").astype(int)
    g = df.groupby("member_id")
    # running totals of earlier claims only
    df["prev_spend"] = g.allowed_amount.cumsum() - df.allowed_amount
    df["prev_claims"] = g.cumcount()
    df["prev_ip"] = g.ip.cumsum() - df.ip
    df["prev_er"] = g.er.cumsum() - df.er
    df["prev_max_allowed"] = g.allowed_amount.transform(lambda s: s.shift().cummax())
    df["gap_days"] = g.service_date.diff().dt.days
    df["month"] = df.service_date.dt.month
    df["dx_letter"] = df.primary_dx.str[0].map(lambda c: ord(c) - 65 if isinstance(c, str) else -1)
    return df


train = features(claims)
test_f = features(test)
COLS = ["age", "female", "hmo", "ip", "er", "allowed_amount", "n_lines", "prev_spend", "prev_claims",
        "prev_ip", "prev_er", "prev_max_allowed", "gap_days", "month", "dx_letter"]
X, y = train[COLS], train.high_cost_90d

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
clf = XGBClassifier(n_estimators=600, max_depth=5, learning_rate=0.04, subsample=0.8,
                    colsample_bytree=0.8, min_child_weight=10, scale_pos_weight=5, eval_metric="aucpr")
clf.fit(X_tr, y_tr)
p = clf.predict_proba(X_te)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_te, p), 4))
print("PR AUC :", round(average_precision_score(y_te, p), 4))

# top-decile capture, what care management would actually use
top = p >= np.quantile(p, 0.9)
print("share of high-cost claims captured in top decile:", round(y_te[top].sum() / y_te.sum(), 3))

imp = pd.Series(clf.feature_importances_, index=COLS).sort_values(ascending=False)
print(imp.round(4))

clf.fit(X, y)
test_f["prediction"] = clf.predict_proba(test_f[COLS])[:, 1]
test_f[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
