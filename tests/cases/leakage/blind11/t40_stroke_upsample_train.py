# Stroke prediction: upsampling of the minority class applied to the training split only
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score

df = pd.read_csv("healthcare-dataset-stroke-data.csv").drop(columns="id")
df = df[df["gender"] != "Other"]
print(df.shape)
print(df.describe().T)
print(df["stroke"].value_counts())

# stroke rate by a few categorical columns
for col in ["work_type", "smoking_status", "ever_married", "Residence_type"]:
    print(df.groupby(col)["stroke"].mean().sort_values(ascending=False).round(3), "\n")

df["bmi_missing"] = df["bmi"].isna().astype(int)
df["bmi"] = df["bmi"].fillna(-1)     # trees can split this off
df = pd.get_dummies(df, drop_first=True)

train, test = train_test_split(df, test_size=0.25, stratify=df["stroke"], random_state=3)
print("train:", train.stroke.value_counts().to_dict(), "test:", test.stroke.value_counts().to_dict())

# oversample inside the training split
pos = train[train.stroke == 1]
neg = train[train.stroke == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 2, random_state=3)
train_bal = pd.concat([neg, pos_up]).sample(frac=1, random_state=3)
print("after upsampling:", train_bal.stroke.value_counts().to_dict())

features = [c for c in df.columns if c != "stroke"]
rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=10, max_features=0.5, random_state=3, n_jobs=-1)
rf.fit(train_bal[features], train_bal["stroke"])

p = rf.predict_proba(test[features])[:, 1]
print("test ROC AUC %.3f  PR AUC %.3f" % (roc_auc_score(test.stroke, p), average_precision_score(test.stroke, p)))
print(classification_report(test.stroke, (p > 0.5).astype(int), digits=3))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))
