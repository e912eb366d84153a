# claims fraud -- random forest, grouped 5-fold out-of-fold evaluation
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report

TARGET = "fraud_reported"
ID = "claim_id"
GROUP = "policy_holder_id"

df = pd.read_csv("train.csv")
sub_df = pd.read_csv("test.csv")

print(df.info())
print(df[TARGET].value_counts())

# ---- cleaning -------------------------------------------------------------
df["police_report"] = df["police_report"].fillna("UNKNOWN")
sub_df["police_report"] = sub_df["police_report"].fillna("UNKNOWN")
df["witnesses"] = df["witnesses"].fillna(0)
sub_df["witnesses"] = sub_df["witnesses"].fillna(0)

# one-hot every text column
obj_cols = df.select_dtypes(include="object").columns.tolist()
print("encoding:", obj_cols)

data = pd.get_dummies(df, columns=obj_cols, dtype=np.uint8)
data["amount_per_year"] = data["claim_amount"] / (data["policy_tenure_years"] + 1)
data["quick_report"] = (data["days_to_report"] <= 1).astype(int)

X = data.drop(columns=[TARGET, ID, GROUP])
y = data[TARGET]
groups = data[GROUP]

rf = RandomForestClassifier(
    n_estimators=600, min_samples_leaf=3, max_features="sqrt",
    class_weight="balanced", n_jobs=-1, random_state=99,
)
oof = cross_val_predict(rf, X, y, cv=GroupKFold(n_splits=5), groups=groups, method="predict_proba")[:, 1]

print(f"OOF ROC AUC = {roc_auc_score(y, oof):.4f}")
print(f"OOF PR AUC  = {average_precision_score(y, oof):.4f}")
print(classification_report(y, (oof >= 0.3).astype(int), digits=3))

rf.fit(X, y)
fi = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(fi.head(20))

sub_X = pd.get_dummies(sub_df, columns=[c for c in obj_cols if c in sub_df.columns], dtype=np.uint8)
sub_X["amount_per_year"] = sub_X["claim_amount"] / (sub_X["policy_tenure_years"] + 1)
sub_X["quick_report"] = (sub_X["days_to_report"] <= 1).astype(int)
sub_X = sub_X.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({ID: sub_df[ID], "prediction": rf.predict_proba(sub_X)[:, 1]}).to_csv("predictions.csv", index=False)
