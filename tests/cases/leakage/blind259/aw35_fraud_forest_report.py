import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report

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
rf.fit(X, y)
base = DummyClassifier(strategy="prior").fit(X, y)

print("RF AUC      ", roc_auc_score(y, rf.predict_proba(X)[:, 1]))
print("baseline AUC", roc_auc_score(y, base.predict_proba(X)[:, 1]))
print(classification_report(y, rf.predict(X), digits=3))

imp = pd.Series(rf.feature_importances_, index=X.columns).nlargest(10)
print(imp)

Xt = pd.get_dummies(test[cols], dtype=float).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"transaction_id": test.transaction_id,
              "prediction": rf.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
