"""ICU in-hospital mortality - random forest with class rebalancing."""
import numpy as np
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, confusion_matrix

SEED = 2024

stays = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
chart = pd.read_csv("chartevents.csv")
labs = pd.read_csv("labs.csv")

first24 = lambda d: d[(d.hours_since_intime >= 0) & (d.hours_since_intime < 24)]

vit = (first24(chart).pivot_table(index="stay_id", columns="variable", values="value",
                                  aggfunc=["min", "max"]))
vit.columns = [f"{v}_{a}" for a, v in vit.columns]
lab = first24(labs).pivot_table(index="stay_id", columns="lab_name", values="value", aggfunc="max")
lab.columns = [f"{c}_max" for c in lab.columns]


def prep(df):
    df = df.join(vit, on="stay_id").join(lab, on="stay_id")
    df["male"] = (df.gender == "M").astype(int)
    df["emergency"] = (df.admission_type == "EMERGENCY").astype(int)
    df = pd.concat([df, pd.get_dummies(df.first_careunit, prefix="unit", dtype=int)], axis=1)
    return df


data = prep(stays)
test_f = prep(test)
feats = ["age", "male", "emergency"] + list(vit.columns) + list(lab.columns) + \
        [c for c in data.columns if c.startswith("unit_")]
data[feats] = data[feats].fillna(-1)
test_f = test_f.reindex(columns=list(test_f.columns) + [c for c in feats if c not in test_f.columns])
test_f[feats] = test_f[feats].fillna(-1)

print("deaths:", data.hospital_death.sum(), "of", len(data))

# rebalance: upsample deaths to 1/3 of the majority class
dead = data[data.hospital_death == 1]
alive = data[data.hospital_death == 0]
dead_up = resample(dead, replace=True, n_samples=len(alive) // 3, random_state=SEED)
balanced = pd.concat([alive, dead_up]).reset_index(drop=True)
print("after upsampling:", balanced.hospital_death.value_counts().to_dict())

# patient-level split so one patient's stays stay together
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr_idx, te_idx = next(gss.split(balanced, groups=balanced.patient_id))
tr, te = balanced.iloc[tr_idx], balanced.iloc[te_idx]

rf = RandomForestClassifier(n_estimators=600, min_samples_leaf=3, max_features="sqrt",
                            n_jobs=-1, random_state=SEED)
rf.fit(tr[feats], tr.hospital_death)
prob = rf.predict_proba(te[feats])[:, 1]
pred = (prob >= 0.5).astype(int)

print("AUROC", round(roc_auc_score(te.hospital_death, prob), 4))
print("AUPRC", round(average_precision_score(te.hospital_death, prob), 4))
print("F1   ", round(f1_score(te.hospital_death, pred), 4))
print(confusion_matrix(te.hospital_death, pred))

rf.fit(balanced[feats], balanced.hospital_death)
test_f["prediction"] = rf.predict_proba(test_f[feats])[:, 1]
test_f[["stay_id", "prediction"]].to_csv("predictions.csv", index=False)
