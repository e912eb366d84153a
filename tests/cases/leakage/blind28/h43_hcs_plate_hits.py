# High-content screen (Cell Painting, 384-well): predict compound activity in the
# orthogonal viability assay from CellProfiler well-level profiles.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

wells = pd.read_csv("cp_well_profiles.csv.gz")
wells = wells[wells["treatment_type"] == "compound"].reset_index(drop=True)

feature_cols = [c for c in wells.columns if c.startswith(("Cells_", "Nuclei_", "Cytoplasm_"))]
print(len(wells), "wells,", wells["plate"].nunique(), "plates,", len(feature_cols), "features")

# plate QC
plate_stats = wells.groupby("plate").agg(n=("well", "size"), hit_rate=("active", "mean"),
                                         cells=("Count_Cells", "median"))
print(plate_stats.describe().round(3))
good_plates = plate_stats.index[plate_stats["cells"] > 800]
wells = wells[wells["plate"].isin(good_plates)].reset_index(drop=True)

# edge wells behave differently
wells["edge"] = wells["well"].str[0].isin(list("AP")) | wells["well"].str[1:].astype(int).isin([1, 24])
wells["plate_activity"] = wells["plate"].map(plate_stats["hit_rate"])

X = wells[feature_cols + ["edge", "plate_activity"]].astype(float).to_numpy()
y = wells["active"].to_numpy()

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
models = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=0.05, penalty="l2", max_iter=5000,
                                                                 class_weight="balanced")),
    "prior": DummyClassifier(strategy="prior"),
}
for name, model in models.items():
    aps, aucs = [], []
    for tr, te in skf.split(X, y):
        model.fit(X[tr], y[tr])
        s = model.predict_proba(X[te])[:, 1]
        aps.append(average_precision_score(y[te], s))
        aucs.append(roc_auc_score(y[te], s))
    print(f"{name:7s} AP {np.mean(aps):.3f}  AUC {np.mean(aucs):.3f}")
