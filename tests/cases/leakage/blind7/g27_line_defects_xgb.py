# defect prediction for the stamping lines
# production_log.csv: one row per produced part
#   part_id, machine_id, line_id, operator_shift, die_temp, press_force, vibration_rms,
#   stroke_rate, oil_pressure, ambient_humidity, material_lot, defect (0/1)

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report, confusion_matrix

SEED = 123
PATH = "data/production_log.csv"

df = pd.read_csv(PATH)
print(df.shape)
print(df.head())
print("defect rate: %.4f" % df["defect"].mean())
print("machines:", df["machine_id"].nunique(), " lines:", df["line_id"].nunique())
print(df.groupby("machine_id").size().describe())

# sensor sanity
sensor_cols = ["die_temp", "press_force", "vibration_rms", "stroke_rate", "oil_pressure", "ambient_humidity"]
print(df[sensor_cols].describe().T)
df = df.dropna(subset=sensor_cols)

# --- feature engineering -------------------------------------------------
df["force_per_stroke"] = df["press_force"] / df["stroke_rate"].replace(0, np.nan)
df["temp_x_vib"] = df["die_temp"] * df["vibration_rms"]
df["night_shift"] = (df["operator_shift"] == "night").astype(int)

# machine history: how often does this machine produce defects
df["machine_defect_rate"] = df.groupby("machine_id")["defect"].transform("mean")

df = pd.get_dummies(df, columns=["line_id", "operator_shift"], dtype=int)

drop_cols = ["part_id", "machine_id", "material_lot", "defect"]
features = [c for c in df.columns if c not in drop_cols]
print(len(features), "features")

X = df[features]
y = df["defect"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_tr, X_val, y_tr, y_val = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=SEED)

spw = (y_tr == 0).sum() / max((y_tr == 1).sum(), 1)
model = xgb.XGBClassifier(
    n_estimators=2000,
    learning_rate=0.03,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.8,
    scale_pos_weight=spw,
    eval_metric="aucpr",
    early_stopping_rounds=100,
    random_state=SEED,
)
model.fit(X_tr, y_tr, eval_set=[(X_val, y_val)], verbose=200)

proba = model.predict_proba(X_test)[:, 1]
print("test ROC AUC: %.4f" % roc_auc_score(y_test, proba))
print("test PR AUC : %.4f (prevalence %.4f)" % (average_precision_score(y_test, proba), y_test.mean()))

pred = (proba >= 0.5).astype(int)
print(confusion_matrix(y_test, pred))
print(classification_report(y_test, pred, digits=3))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))
