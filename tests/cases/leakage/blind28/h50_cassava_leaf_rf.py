# Cassava brown streak vs mosaic vs healthy from hyperspectral leaf-clip reflectance.
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from scipy.signal import savgol_filter
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.metrics import classification_report, f1_score

refl = pd.read_csv("cassava_leafclip_reflectance.csv")
bands = [c for c in refl.columns if c.startswith("R")]
wl = np.array([int(c[1:]) for c in bands])
refl = refl[refl["quality_flag"] == 0]

R = refl[bands].to_numpy(float)
R = savgol_filter(R, window_length=9, polyorder=2, axis=1)

def idx(lo):
    return R[:, np.argmin(np.abs(wl - lo))]

veg = pd.DataFrame({
    "ndvi": (idx(800) - idx(670)) / (idx(800) + idx(670)),
    "pri": (idx(531) - idx(570)) / (idx(531) + idx(570)),
    "cri": 1 / idx(510) - 1 / idx(550),
    "ari": 1 / idx(550) - 1 / idx(700),
    "rep_slope": (idx(740) - idx(700)) / 40,
    "wbi": idx(900) / idx(970),
})
first_deriv = np.gradient(R, wl, axis=1)[:, ::10]
X = np.hstack([R[:, ::10], first_deriv, veg.to_numpy()])
y = refl["status"].map({"healthy": 0, "CMD": 1, "CBSD": 2}).to_numpy()
print("class counts:", np.bincount(y))

X_res, y_res = SMOTE(random_state=0).fit_resample(X, y)
print("after SMOTE:", np.bincount(y_res))

rf = RandomForestClassifier(n_estimators=700, max_features="sqrt", n_jobs=-1, random_state=0)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
pred = cross_val_predict(rf, X_res, y_res, cv=cv)

print(classification_report(y_res, pred, target_names=["healthy", "CMD", "CBSD"], digits=3))
print("macro F1:", round(f1_score(y_res, pred, average="macro"), 3))
