# Loan prepayment take-home
# rf + smote, last 6 snapshot months held out
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (average_precision_score, classification_report,
                             roc_auc_score)

df = pd.read_csv("train.csv", parse_dates=["snapshot_month", "origination_month"])
print(df.shape)
print(df["prepaid_next_month"].value_counts())

# month counter so the cut can be done on a number
df["month_idx"] = df["snapshot_month"].dt.year * 12 + df["snapshot_month"].dt.month
df["rate_spread"] = df["interest_rate"] - df["market_rate"]
df["balance_ratio"] = df["current_balance"] / df["original_amount"]
df["is_current"] = (df["payment_status"] == "current").astype(int)

num_features = ["month_idx", "rate_spread", "balance_ratio", "interest_rate", "market_rate",
                "loan_age_months", "remaining_term", "ltv", "fico", "current_balance", "is_current"]
X = pd.concat([df[num_features], pd.get_dummies(df["product"], prefix="prod", dtype=float)], axis=1)
X = X.fillna(-1)
y = df["prepaid_next_month"]
print("missing after fill:", int(X.isna().sum().sum()))

sm = SMOTE(sampling_strategy=0.25, k_neighbors=5, random_state=0)
X_res, y_res = sm.fit_resample(X, y)
print("after smote:", X_res.shape, y_res.mean())

cut = df["month_idx"].max() - 5
train_rows = X_res["month_idx"] < cut
X_train, y_train = X_res[train_rows], y_res[train_rows]
X_test, y_test = X_res[~train_rows], y_res[~train_rows]
print("train", X_train.shape, "test", X_test.shape)

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=20, max_features="sqrt", n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

prior_pred = np.repeat(y_train.mean(), len(y_test))
print("baseline AUC", roc_auc_score(y_test, prior_pred), "AP", average_precision_score(y_test, prior_pred))
print("RF AUC", roc_auc_score(y_test, proba))
print("RF AP", average_precision_score(y_test, proba))
print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

for name, imp in sorted(zip(X.columns, rf.feature_importances_), key=lambda t: -t[1])[:10]:
    print(f"{name:20s} {imp:.3f}")
