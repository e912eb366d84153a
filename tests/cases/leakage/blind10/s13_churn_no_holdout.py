# Churn - quick model, submitted as-is (ran out of time for proper validation)
import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

TARGET = "churned_next_month"
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.shape)
print(train.dtypes)
print(train[TARGET].value_counts(normalize=True))
print(train.groupby("contract_type")[TARGET].mean())
print(train.groupby("plan")[["monthly_charges", "logins_30d"]].median())


def make_features(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["logins_prev"] = g["logins_30d"].shift(1)
    df["tickets_prev"] = g["support_tickets_90d"].shift(1)
    df["months_seen"] = g.cumcount()
    df["login_trend"] = df["logins_30d"] - df["logins_prev"]
    df = pd.get_dummies(df, columns=["plan", "region", "contract_type"], dtype=int)
    return df


tr = make_features(train)
te = make_features(test)

drop = [TARGET, "snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]
cols = [c for c in tr.columns if c not in drop]
te = te.reindex(columns=list(te.columns) + [c for c in cols if c not in te.columns], fill_value=0)

X = tr[cols].fillna(0)
y = tr[TARGET]

#from sklearn.model_selection import train_test_split
#X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
gb.fit(X, y)

p = gb.predict_proba(X)[:, 1]
print("AUC", roc_auc_score(y, p))
print("AP", average_precision_score(y, p))
for t in [0.1, 0.2, 0.3, 0.5]:
    print(t, f1_score(y, (p > t).astype(int)))

imp = pd.Series(gb.feature_importances_, index=cols).sort_values()
print(imp.tail(10))

pd.DataFrame({"snapshot_id": te["snapshot_id"],
              "prediction": gb.predict_proba(te[cols].fillna(0))[:, 1]}).to_csv("predictions.csv",
                                                                                index=False)
