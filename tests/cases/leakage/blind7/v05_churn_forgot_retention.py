import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

# ---------------------------------------------------------------- load
df = pd.read_csv("train.csv")
print(df.shape)
print(df.head())
print(df.dtypes)
print(df["churned"].value_counts())

# ---------------------------------------------------------------- cleaning
df["usage_gb"] = df["usage_gb"].fillna(0)
df["support_tickets"] = df["support_tickets"].fillna(0)
df["late_payments"] = df["late_payments"].clip(upper=12)
df["monthly_charges"] = np.log1p(df["monthly_charges"])

# quick look at the categoricals
for col in ["plan", "region"]:
    print(df.groupby(col)["churned"].agg(["mean", "size"]))

df = pd.get_dummies(df, columns=["plan", "region"], drop_first=True)

# ---------------------------------------------------------------- features
# everything except ids, the date, the label and the reason text
exclude = ["churned", "snapshot_id", "customer_id", "snapshot_month", "cancellation_reason"]
feature_cols = [c for c in df.columns if c not in exclude]
print(len(feature_cols), "features:", feature_cols)

X = df[feature_cols]
y = df["churned"]

# ---------------------------------------------------------------- split by customer
# keep every customer entirely on one side
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=7)
train_idx, test_idx = next(gss.split(X, y, groups=df["customer_id"]))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
print("customers in both:", len(set(df["customer_id"].iloc[train_idx]) & set(df["customer_id"].iloc[test_idx])))

# ---------------------------------------------------------------- models
dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
print("most-frequent accuracy:", accuracy_score(y_test, dummy.predict(X_test)))

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)
print("random forest accuracy:", accuracy_score(y_test, pred))

imp = pd.Series(rf.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(10))

# ---------------------------------------------------------------- submission
rf.fit(X, y)
test = pd.read_csv("test.csv")
test["usage_gb"] = test["usage_gb"].fillna(0)
test["support_tickets"] = test["support_tickets"].fillna(0)
test["late_payments"] = test["late_payments"].clip(upper=12)
test["monthly_charges"] = np.log1p(test["monthly_charges"])
test = pd.get_dummies(test, columns=["plan", "region"], drop_first=True)
test = test.reindex(columns=df.columns, fill_value=0)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": rf.predict_proba(test[feature_cols])[:, 1]})
out.to_csv("predictions.csv", index=False)
