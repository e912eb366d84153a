# Employee attrition - xgboost with category_encoders
# data: hr_attrition.csv (one row per employee, Attrition = Yes/No)

import category_encoders as ce
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import log_loss, roc_auc_score, classification_report
from sklearn.model_selection import train_test_split

df = pd.read_csv("data/hr_attrition.csv")
print(df.shape)
print(df.dtypes.value_counts())

df["Attrition"] = (df["Attrition"] == "Yes").astype(int)
df = df.drop(columns=["EmployeeCount", "StandardHours", "Over18"])  # constant columns

cat_cols = df.select_dtypes("object").columns.tolist()
print("categoricals:", cat_cols)

# job role x department is quite informative in the EDA, add the cross
df["role_dept"] = df["JobRole"] + "|" + df["Department"]
cat_cols.append("role_dept")

y = df["Attrition"]
X = df.drop(columns=["Attrition", "EmployeeNumber"])

enc = ce.TargetEncoder(cols=cat_cols, smoothing=10, min_samples_leaf=20)
X_enc = enc.fit_transform(X, y)

# sanity: encoded values should be between 0 and 1
print(X_enc[cat_cols].describe().T[["min", "max"]])

X_train, X_test, y_train, y_test = train_test_split(
    X_enc, y, test_size=0.25, stratify=y, random_state=7
)

clf = xgb.XGBClassifier(
    n_estimators=400,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.8,
    colsample_bytree=0.8,
    eval_metric="logloss",
    random_state=7,
)
clf.fit(X_train, y_train)

proba = clf.predict_proba(X_test)[:, 1]
print("AUC     :", round(roc_auc_score(y_test, proba), 4))
print("logloss :", round(log_loss(y_test, proba), 4))

# constant prior as reference point
prior = np.full_like(proba, y_train.mean())
print("prior logloss:", round(log_loss(y_test, prior), 4))

print(classification_report(y_test, (proba > 0.5).astype(int)))

xgb.plot_importance(clf, max_num_features=15, importance_type="gain")
plt.tight_layout()
plt.savefig("importance.png")
