# Readmission model: XGBoost on a class-balanced dataset, 5-fold patient-grouped CV.
import numpy as np
import pandas as pd
import xgboost as xgb
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
from sklearn.model_selection import GroupKFold

TARGET = "readmitted_30d"
DROP = ["encounter_id", "patient_id", "post_discharge_er_visits", "readmit_diagnosis", TARGET]

df = pd.read_csv("train.csv")
df_test = pd.read_csv("test.csv")
print("class balance before:", df[TARGET].value_counts().to_dict())

cats = [c for c in df.columns if df[c].dtype == "object" and c not in DROP]
for c in cats:
    df[c] = df[c].astype("category")
    df_test[c] = pd.Categorical(df_test[c], categories=df[c].cat.categories)

# balance the classes (readmissions are only ~11%)
ros = RandomOverSampler(sampling_strategy=0.5, random_state=0)
df_bal, _ = ros.fit_resample(df, df[TARGET])
print("class balance after:", df_bal[TARGET].value_counts().to_dict())

features = [c for c in df.columns if c not in DROP]
X, y, groups = df_bal[features], df_bal[TARGET], df_bal["patient_id"]

params = dict(n_estimators=500, max_depth=5, learning_rate=0.05, subsample=0.8, colsample_bytree=0.8,
              min_child_weight=3, tree_method="hist", enable_categorical=True, eval_metric="logloss")

gkf = GroupKFold(n_splits=5)
aucs, aps, f1s, base_aps = [], [], [], []
for fold, (tr, va) in enumerate(gkf.split(X, y, groups)):
    clf = xgb.XGBClassifier(**params, random_state=fold)
    clf.fit(X.iloc[tr], y.iloc[tr])
    p = clf.predict_proba(X.iloc[va])[:, 1]
    aucs.append(roc_auc_score(y.iloc[va], p))
    aps.append(average_precision_score(y.iloc[va], p))
    f1s.append(f1_score(y.iloc[va], p > 0.5))
    d = DummyClassifier(strategy="prior").fit(X.iloc[tr], y.iloc[tr])
    base_aps.append(average_precision_score(y.iloc[va], d.predict_proba(X.iloc[va])[:, 1]))
    print(f"fold {fold}: AUC {aucs[-1]:.3f}  AP {aps[-1]:.3f}  F1 {f1s[-1]:.3f}")

print(f"mean AUC {np.mean(aucs):.3f} | AP {np.mean(aps):.3f} (dummy AP {np.mean(base_aps):.3f}) | F1 {np.mean(f1s):.3f}")

final = xgb.XGBClassifier(**params, random_state=0).fit(X, y)
pd.DataFrame({"encounter_id": df_test["encounter_id"],
              "prediction": final.predict_proba(df_test[features])[:, 1]}).to_csv("predictions.csv", index=False)
