import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

stays = pd.read_csv("stays.csv", parse_dates=["admit_date", "discharge_date"])
stays["los_days"] = (stays["discharge_date"] - stays["admit_date"]).dt.days


def patient_history(df):
    """Per-patient utilisation profile, excluding the stay itself."""
    g = df.groupby("patient_id")
    n = g["stay_id"].transform("count")
    out = pd.DataFrame(index=df.index)
    out["other_stays"] = n - 1
    out["other_los_mean"] = ((g["los_days"].transform("sum") - df["los_days"]) / (n - 1)).fillna(0)
    readm_other = g["readmitted_30d"].transform("sum") - df["readmitted_30d"]
    out["other_readmit_rate"] = (readm_other / (n - 1)).fillna(0)
    out["frequent_flyer"] = (out["other_stays"] >= 4).astype(int)
    return out


stays = stays.join(patient_history(stays))
stays["age_bucket"] = pd.cut(stays["age"], bins=[0, 40, 60, 75, 120], labels=False)

features = ["age", "age_bucket", "n_diagnoses", "n_procedures", "los_days", "emergency_admit",
            "other_stays", "other_los_mean", "other_readmit_rate", "frequent_flyer"]

cutoff = pd.Timestamp("2022-01-01")
train = stays[stays["admit_date"] < cutoff]
test = stays[stays["admit_date"] >= cutoff]
test = test[~test["patient_id"].isin(train["patient_id"].unique())]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=15, class_weight="balanced",
                            n_jobs=-1, random_state=1)
rf.fit(train[features], train["readmitted_30d"])
proba = rf.predict_proba(test[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[features], train["readmitted_30d"])
proba_dummy = dummy.predict_proba(test[features])[:, 1]

print("AUROC  dummy %.3f | rf %.3f" % (roc_auc_score(test["readmitted_30d"], proba_dummy),
                                       roc_auc_score(test["readmitted_30d"], proba)))
print("AUPRC  dummy %.3f | rf %.3f" % (average_precision_score(test["readmitted_30d"], proba_dummy),
                                       average_precision_score(test["readmitted_30d"], proba)))
print(pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False))
