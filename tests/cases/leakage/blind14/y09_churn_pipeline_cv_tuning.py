# churn take-home: pipeline + grid search, holdout = last quarter with unseen customers
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GridSearchCV, StratifiedKFold
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])

print(df[TARGET].value_counts(normalize=True))
print(df.groupby("snapshot_month").size())

# holdout: Oct-Dec, and only customers with no rows before October
train_df = df[df["snapshot_month"] < "2024-10-01"]
hold_df = df[df["snapshot_month"] >= "2024-10-01"]
hold_df = hold_df[~hold_df["customer_id"].isin(train_df["customer_id"])]
print("train", train_df.shape, "holdout", hold_df.shape)

X_train, y_train = train_df[NUM + CAT], train_df[TARGET]
X_hold, y_hold = hold_df[NUM + CAT], hold_df[TARGET]

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
])
pipe = Pipeline([("pre", pre), ("rf", RandomForestClassifier(class_weight="balanced_subsample",
                                                             n_jobs=-1, random_state=7))])

grid = {
    "rf__n_estimators": [200, 500],
    "rf__max_depth": [6, 10, 16],
    "rf__min_samples_leaf": [1, 10, 30],
}
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
search = GridSearchCV(pipe, grid, cv=cv, scoring="average_precision", n_jobs=-1, verbose=1)
search.fit(X_train, y_train)
print("best params", search.best_params_)
print("cv AP", round(search.best_score_, 4))

# holdout, scored once
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p = search.predict_proba(X_hold)[:, 1]
print("holdout AP  model %.4f  dummy %.4f" % (average_precision_score(y_hold, p),
                                             average_precision_score(y_hold, dummy.predict_proba(X_hold)[:, 1])))
print("holdout AUC model %.4f" % roc_auc_score(y_hold, p))
print(classification_report(y_hold, (p >= 0.5).astype(int), digits=3))

# final
final = search.best_estimator_
final.fit(df[NUM + CAT], df[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
