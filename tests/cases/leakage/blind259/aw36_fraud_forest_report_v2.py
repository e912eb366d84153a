import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score, cross_val_predict
from sklearn.metrics import classification_report

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.is_fraud.value_counts())
print(train.groupby("device_type").amount.median())

cols = ["amount", "hour", "card_present", "merchant_category", "country", "device_type"]
X = pd.get_dummies(train[cols], dtype=float)
y = train.is_fraud

rf = RandomForestClassifier(n_estimators=500, max_depth=12, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=0)
base = DummyClassifier(strategy="prior")
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)

print("RF AUC      ", cross_val_score(rf, X, y, cv=skf, scoring="roc_auc").mean())
print("baseline AUC", cross_val_score(base, X, y, cv=skf, scoring="roc_auc").mean())
print(classification_report(y, cross_val_predict(rf, X, y, cv=skf), digits=3))

# refit on all rows for the submission
rf.fit(X, y)
imp = pd.Series(rf.feature_importances_, index=X.columns).nlargest(10)
print(imp)

X_test = pd.get_dummies(test[cols], dtype=float).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
