# Machine failure prediction - SMOTE + extra trees, 5-fold stratified CV
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

df = pd.read_csv("train.csv")
print(df.shape)
print(df["machine_failure"].value_counts())

df = pd.get_dummies(df, columns=["product_type"], drop_first=True)
df["temp_diff"] = df["process_temp_k"] - df["air_temp_k"]
df["power_w"] = df["torque_nm"] * df["rot_speed_rpm"] * 2 * np.pi / 60

X = df.drop(columns=["machine_failure", "product_id"])
y = df["machine_failure"]

X_bal, y_bal = SMOTE(k_neighbors=5, random_state=0).fit_resample(X, y)
print(pd.Series(y_bal).value_counts())

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
et = ExtraTreesClassifier(n_estimators=500, n_jobs=-1, random_state=0)
cv = cross_validate(et, X_bal, y_bal, cv=skf, scoring=["f1", "roc_auc", "recall"])

for m in ["f1", "roc_auc", "recall"]:
    print(f"{m:8s} {cv['test_' + m].mean():.4f} +/- {cv['test_' + m].std():.4f}")

et.fit(X_bal, y_bal)
imp = pd.Series(et.feature_importances_, index=X.columns).sort_values()
imp.plot.barh(figsize=(6, 5), title="ExtraTrees importances")
plt.tight_layout()
plt.show()

test = pd.read_csv("test.csv")
test = pd.get_dummies(test, columns=["product_type"], drop_first=True)
test["temp_diff"] = test["process_temp_k"] - test["air_temp_k"]
test["power_w"] = test["torque_nm"] * test["rot_speed_rpm"] * 2 * np.pi / 60
test = test.reindex(columns=["product_id"] + list(X.columns), fill_value=0)
pd.DataFrame({"product_id": test["product_id"], "prediction": et.predict_proba(test[X.columns])[:, 1]}).to_csv(
    "predictions.csv", index=False)
