import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

# load the data
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape)
print(train.head())
print(train.describe())

# check target
print(train["churned_next_month"].value_counts())

# fill missing values
train["days_since_last_login"] = train["days_since_last_login"].fillna(0)
test["days_since_last_login"] = test["days_since_last_login"].fillna(0)

# convert categories to numbers
plan_map = {"basic": 0, "standard": 1, "premium": 2}
train["plan"] = train["plan"].map(plan_map)
test["plan"] = test["plan"].map(plan_map)
train = pd.get_dummies(train, columns=["region"])
test = pd.get_dummies(test, columns=["region"])

# features (drop ids, date, target and the leaky columns from the brief)
features = [
    "tenure_months", "plan", "monthly_charges", "has_discount", "logins_30d",
    "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
]
features += [c for c in train.columns if c.startswith("region_")]
X = train[features]
y = train["churned_next_month"]

# split into train and test
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1)
print("train size:", X_train.shape, "test size:", X_test.shape)

# baseline: always predict "no churn"
dummy = DummyClassifier(strategy="most_frequent")
dummy.fit(X_train, y_train)
dummy_acc = accuracy_score(y_test, dummy.predict(X_test))
print("baseline accuracy:", dummy_acc)

# random forest
model = RandomForestClassifier(n_estimators=200, max_depth=8, random_state=1)
model.fit(X_train, y_train)
pred = model.predict(X_test)
acc = accuracy_score(y_test, pred)
print("random forest accuracy:", acc)
print("improvement over baseline:", acc - dummy_acc)

# feature importance
for f, imp in sorted(zip(features, model.feature_importances_), key=lambda t: -t[1]):
    print(f, round(imp, 3))

# train on all data and make predictions
model.fit(X, y)
X_sub = test.reindex(columns=features, fill_value=0)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": model.predict_proba(X_sub)[:, 1]})
out.to_csv("predictions.csv", index=False)
print("done!")
