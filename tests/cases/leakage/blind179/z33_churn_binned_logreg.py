# Churn - binned logistic regression ("scorecard" style)
# Continuous drivers are cut into quintiles and one-hot encoded, which keeps
# the model monotone-ish and easy to explain to the retention team.
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
BINNED = ["tenure_months", "monthly_charges", "logins_30d", "days_since_last_login"]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def lags(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    prev = g["logins_30d"].shift(1)
    df["logins_fell"] = (df["logins_30d"] < prev).astype(int)
    df["tickets_prev"] = g["support_tickets_30d"].shift(1).fillna(0).clip(upper=5)
    df["days_since_last_login"] = df["days_since_last_login"].fillna(90)
    return df


train = lags(train)
test = lags(test)

# quintile bins; the edges are reused for test.csv
edges = {}
for col in BINNED:
    train[col + "_bin"], edges[col] = pd.qcut(train[col], 5, labels=False,
                                              retbins=True, duplicates="drop")
    edges[col][0], edges[col][-1] = -float("inf"), float("inf")
    test[col + "_bin"] = pd.cut(test[col], edges[col], labels=False, include_lowest=True)

design_cols = [c + "_bin" for c in BINNED] + ["plan", "region"]
train_X = pd.get_dummies(train[design_cols].astype(str), dtype=float)
test_X = pd.get_dummies(test[design_cols].astype(str), dtype=float).reindex(
    columns=train_X.columns, fill_value=0.0)
for extra in ["logins_fell", "tickets_prev", "has_discount", "payment_failures_90d"]:
    train_X[extra] = train[extra].to_numpy()
    test_X[extra] = test[extra].to_numpy()

# validation: Jan-Jun -> Jul-Sep, customers first seen in Jul-Sep
cut = pd.Timestamp("2024-07-01")
is_fit = (train["snapshot_month"] < cut).to_numpy()
seen = set(train.loc[is_fit, "customer_id"])
is_val = ((train["snapshot_month"] >= cut) & ~train["customer_id"].isin(seen)).to_numpy()

model = LogisticRegression(C=1.0, max_iter=5000)
model.fit(train_X[is_fit], train.loc[is_fit, TARGET])
baseline = DummyClassifier(strategy="prior").fit(train_X[is_fit], train.loc[is_fit, TARGET])
y_val = train.loc[is_val, TARGET]
for name, m in (("baseline", baseline), ("scorecard", model)):
    p = m.predict_proba(train_X[is_val])[:, 1]
    print(f"{name:9s} AUC={roc_auc_score(y_val, p):.3f}  AP={average_precision_score(y_val, p):.3f}")

coef = pd.Series(model.coef_[0], index=train_X.columns).round(3)
print(coef.sort_values().to_string())

model.fit(train_X, train[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test_X)[:, 1]}).to_csv("predictions.csv", index=False)
