import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score

# ---- load ----
loans = pd.read_csv("train.csv")
loans["snapshot_month"] = pd.to_datetime(loans["snapshot_month"])
print(loans.shape)
print(loans.head())
print(loans["prepaid_next_month"].value_counts(normalize=True))

# ---- features ----
loans["spread"] = loans["interest_rate"] - loans["market_rate"]
loans["bal_ratio"] = loans["current_balance"] / loans["original_amount"]
loans["delinquent"] = (loans["payment_status"] != "current").astype(int)
loans["is_arm"] = (loans["product"] == "ARM").astype(int)

cols = ["spread", "bal_ratio", "delinquent", "is_arm", "interest_rate", "market_rate",
        "loan_age_months", "remaining_term", "ltv", "fico", "current_balance"]
for c in cols:
    print(c, loans.groupby("prepaid_next_month")[c].mean().round(3).to_dict())

# ---- split by month: last 20% of months for testing ----
months = sorted(loans["snapshot_month"].unique())
test_start = months[int(len(months) * 0.8)]
train = loans[loans["snapshot_month"] < test_start]
test = loans[loans["snapshot_month"] >= test_start]
print("train months:", train["snapshot_month"].nunique(), "test months:", test["snapshot_month"].nunique())

X_train = train[cols].fillna(-1)
X_test = test[cols].fillna(-1)
y_train = train["prepaid_next_month"]
y_test = test["prepaid_next_month"]

# ---- majority class reference ----
majority = np.zeros(len(y_test), dtype=int)
print("always-0 accuracy:", accuracy_score(y_test, majority))

# ---- model ----
gb = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.1, subsample=0.9, random_state=4)
gb.fit(X_train, y_train)
print("train accuracy:", accuracy_score(y_train, gb.predict(X_train)))
print("test accuracy:", accuracy_score(y_test, gb.predict(X_test)))

for d in [2, 4]:
    alt = GradientBoostingClassifier(n_estimators=250, max_depth=d, learning_rate=0.1, subsample=0.9, random_state=4)
    alt.fit(X_train, y_train)
    print("depth", d, "train accuracy:", accuracy_score(y_train, alt.predict(X_train)))

imp = pd.Series(gb.feature_importances_, index=cols).sort_values(ascending=False)
print(imp)
