# churn-snapshots: random forest evaluated with 5-fold cross-validation
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import cross_val_score

df = pd.read_csv("train.csv")
print(df.shape)
print(df["churned_next_month"].value_counts())

df = df.dropna()
cols_to_drop = ["snapshot_id", "customer_id", "snapshot_month",
                "retention_offer_accepted", "account_closed_date_known", "churned_next_month"]
X = pd.get_dummies(df.drop(columns=cols_to_drop), columns=["plan", "region"], drop_first=True)
y = df["churned_next_month"]
print(X.columns.tolist())

rf = RandomForestClassifier(n_estimators=300, max_depth=10, class_weight="balanced", random_state=7, n_jobs=-1)

dummy_auc = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=5, scoring="roc_auc")
rf_auc = cross_val_score(rf, X, y, cv=5, scoring="roc_auc")
rf_ap = cross_val_score(rf, X, y, cv=5, scoring="average_precision")

print("Dummy  AUC: %.3f" % dummy_auc.mean())
print("Forest AUC: %.3f (+/- %.3f)" % (rf_auc.mean(), rf_auc.std()))
print("Forest AP : %.3f" % rf_ap.mean())

rf.fit(X, y)
importance = sorted(zip(rf.feature_importances_, X.columns), reverse=True)
print("Top features:")
for score, name in importance[:10]:
    print("  %-25s %.3f" % (name, score))

test = pd.read_csv("test.csv")
X_test = pd.get_dummies(test, columns=["plan", "region"], drop_first=True)
X_test = X_test.reindex(columns=X.columns, fill_value=0).fillna(0)
pred = rf.predict_proba(X_test)[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv with", len(pred), "rows")
