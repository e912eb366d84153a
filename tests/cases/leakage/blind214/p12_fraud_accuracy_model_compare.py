import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.preprocessing import OrdinalEncoder
from sklearn.dummy import DummyClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, AdaBoostClassifier
from sklearn.metrics import accuracy_score

# ---------------------------------------------------------------
# Fraud detection - card transactions
# ---------------------------------------------------------------
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("Rows:", len(train))
print("Columns:", list(train.columns))
print(train["is_fraud"].value_counts())

print("\nAmount by class:")
print(train.groupby("is_fraud")["amount"].describe())

print("\nTransactions per hour:")
print(train["hour"].value_counts().sort_index().to_string())

cat_cols = ["merchant_category", "country", "device_type"]
num_cols = ["amount", "hour", "card_age_days", "tx_count_24h"]

# ordinal-encode categoricals (trees don't care about the order)
enc = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1)
X_cat_tr = None

X = train[cat_cols + num_cols].copy()
y = train["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=1, stratify=y)

enc.fit(X_train[cat_cols])
X_train = X_train.copy()
X_test = X_test.copy()
X_train[cat_cols] = enc.transform(X_train[cat_cols])
X_test[cat_cols] = enc.transform(X_test[cat_cols])

# extra features
for d in (X_train, X_test):
    d["amount_per_tx"] = d["amount"] / (d["tx_count_24h"] + 1)
    d["is_night"] = (d["hour"] <= 5).astype(int)

# baseline
baseline = DummyClassifier(strategy="most_frequent")
baseline.fit(X_train, y_train)
base_acc = accuracy_score(y_test, baseline.predict(X_test))
print("\nBaseline accuracy (always not fraud): %.4f" % base_acc)

# models
models = [
    ("Decision tree", DecisionTreeClassifier(max_depth=6, random_state=1)),
    ("Random forest", RandomForestClassifier(n_estimators=200, max_depth=12, random_state=1, n_jobs=-1)),
    ("AdaBoost", AdaBoostClassifier(n_estimators=200, random_state=1)),
]

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=1)
results = []
for name, model in models:
    cv_acc = cross_val_score(model, X_train, y_train, cv=skf, scoring="accuracy")
    model.fit(X_train, y_train)
    acc = accuracy_score(y_test, model.predict(X_test))
    results.append((name, cv_acc.mean(), acc))
    print(f"{name:15s}  cv accuracy {cv_acc.mean():.4f} (+/- {cv_acc.std():.4f})   holdout accuracy {acc:.4f}")

res = pd.DataFrame(results, columns=["model", "cv_acc", "holdout_acc"]).sort_values("cv_acc", ascending=False)
print(res)

best_name = res.iloc[0]["model"]
best_model = dict(models)[best_name]
print("\nSelected:", best_name)
print("Improvement over baseline: %.4f" % (res.iloc[0]["holdout_acc"] - base_acc))

# tree depth check for the random forest
for depth in [6, 10, 14, None]:
    rf = RandomForestClassifier(n_estimators=200, max_depth=depth, random_state=1, n_jobs=-1)
    s = cross_val_score(rf, X_train, y_train, cv=skf, scoring="accuracy").mean()
    print("rf depth", depth, "cv acc", round(s, 4))

# fit selected model on full training data for the submission
X_full = train[cat_cols + num_cols].copy()
enc_full = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1).fit(X_full[cat_cols])
X_full[cat_cols] = enc_full.transform(X_full[cat_cols])
X_sub = test[cat_cols + num_cols].copy()
X_sub[cat_cols] = enc_full.transform(X_sub[cat_cols])
for d in (X_full, X_sub):
    d["amount_per_tx"] = d["amount"] / (d["tx_count_24h"] + 1)
    d["is_night"] = (d["hour"] <= 5).astype(int)

best_model.fit(X_full, y)
preds = best_model.predict_proba(X_sub)[:, 1]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": preds}).to_csv("predictions.csv", index=False)
print("Saved predictions.csv")
