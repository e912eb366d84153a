# Seat downgrade take-home - random forest, rolling origin by month.
#
# For each origin month (May-Sep) fit on the months before it and evaluate on
# the accounts that show up for the first time in the origin month.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "downgraded_next_month"
MONTH = "month"
ACCOUNT = "account_id"
ROW_ID = "row_id"
CATS = ["plan_tier", "industry", "region"]
NUMS = ["seats_purchased", "seats_active", "mrr", "api_calls_30d", "admin_logins_30d",
        "nps_last", "invoices_overdue", "months_since_signup"]

df = pd.read_csv("train.csv")
df[MONTH] = pd.to_datetime(df[MONTH])
print(df.shape)
print(df[TARGET].value_counts(normalize=True).round(3))

df["utilisation"] = df["seats_active"] / df["seats_purchased"].clip(lower=1)
df["idle_seats"] = df["seats_purchased"] - df["seats_active"]
df["nps_missing"] = df["nps_last"].isna().astype(int)
df["nps_last"] = df["nps_last"].fillna(-1)
FEATURES = NUMS + ["utilisation", "idle_seats", "nps_missing"]

X = pd.get_dummies(df[FEATURES + CATS], columns=CATS, dtype=float)
y = df[TARGET].to_numpy()

months = sorted(df[MONTH].unique())
rows = []
for origin in months[4:]:
    tr = (df[MONTH] < origin).to_numpy()
    ev = ((df[MONTH] == origin) & ~df[ACCOUNT].isin(df.loc[tr, ACCOUNT])).to_numpy()
    rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, max_features="sqrt",
                                n_jobs=-1, random_state=0).fit(X[tr], y[tr])
    p = rf.predict_proba(X[ev])[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(X[tr], y[tr]).predict_proba(X[ev])[:, 1]
    rows.append({"origin": pd.Timestamp(origin).strftime("%Y-%m"), "accounts": int(ev.sum()),
                 "downgrades": int(y[ev].sum()),
                 "roc_auc": roc_auc_score(y[ev], p), "pr_auc": average_precision_score(y[ev], p),
                 "pr_auc_prior": average_precision_score(y[ev], p0)})

res = pd.DataFrame(rows)
print(res.to_string(index=False))
print(res[["roc_auc", "pr_auc", "pr_auc_prior"]].mean().round(3).to_string())

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, max_features="sqrt",
                            n_jobs=-1, random_state=0).fit(X, y)
print(pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(10).round(3))

test = pd.read_csv("test.csv")
test["utilisation"] = test["seats_active"] / test["seats_purchased"].clip(lower=1)
test["idle_seats"] = test["seats_purchased"] - test["seats_active"]
test["nps_missing"] = test["nps_last"].isna().astype(int)
test["nps_last"] = test["nps_last"].fillna(-1)
X_test = pd.get_dummies(test[FEATURES + CATS], columns=CATS, dtype=float).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({ROW_ID: test[ROW_ID], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
