"""Late invoice payment: regularised logistic regression.

I keep the model linear so finance can read the coefficients. Numeric
columns are imputed and standardised, categoricals one-hot encoded, and the
model is validated on a client-level hold-out (25% of clients).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

TARGET = "paid_late"
NUMERIC = ["invoice_amount", "payment_terms_days", "n_line_items", "client_tenure_months",
           "prior_invoices_count", "prior_late_share", "discount_offered"]
CATEGORICAL = ["industry", "region", "currency"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["invoice_amount"] = np.log1p(df["invoice_amount"])
test["invoice_amount"] = np.log1p(test["invoice_amount"])

dummies = pd.get_dummies(pd.concat([df[CATEGORICAL], test[CATEGORICAL]]), dtype=float)
dum_train, dum_test = dummies.iloc[: len(df)], dummies.iloc[len(df):]

imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
num_train = scaler.fit_transform(imputer.fit_transform(df[NUMERIC]))
num_test = scaler.transform(imputer.transform(test[NUMERIC]))

X = np.hstack([num_train, dum_train.to_numpy()])
X_test = np.hstack([num_test, dum_test.to_numpy()])
y = df[TARGET].to_numpy()
names = NUMERIC + list(dummies.columns)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=8)
tr, va = next(splitter.split(X, y, groups=df["client_id"]))

clf = LogisticRegression(C=0.3, max_iter=3000, class_weight="balanced")
clf.fit(X[tr], y[tr])
base = DummyClassifier(strategy="prior").fit(X[tr], y[tr])

for label, est in [("baseline", base), ("logreg", clf)]:
    p = est.predict_proba(X[va])[:, 1]
    print(f"{label:9s} auc={roc_auc_score(y[va], p):.3f} "
          f"ap={average_precision_score(y[va], p):.3f} logloss={log_loss(y[va], p):.3f}")

coef = pd.Series(clf.coef_[0], index=names).sort_values()
print("most protective:\n", coef.head(5).round(3).to_string())
print("most risky:\n", coef.tail(5).round(3).to_string())

pd.DataFrame({"invoice_id": test["invoice_id"],
              "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
