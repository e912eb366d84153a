# HTE Suzuki coupling plates: predict reaction yield (%) from one-hot reaction components
# and DFT descriptors of the ligand / base.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import GridSearchCV, KFold, train_test_split

rxn = pd.read_csv("suzuki_hte_yields.csv")
components = ["electrophile", "nucleophile", "ligand", "base", "solvent"]
onehot = pd.get_dummies(rxn[components], dtype=float)

dft = pd.read_csv("ligand_dft_descriptors.csv").set_index("ligand")
dft_feats = rxn[["ligand"]].join(dft, on="ligand").drop(columns="ligand").fillna(0.0)

X = pd.concat([onehot, dft_feats, rxn[["temperature_c", "equiv_base", "catalyst_mol_pct"]]], axis=1)
y = rxn["yield_pct"].clip(0, 100)
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=12)

grid = {
    "n_estimators": [300, 600],
    "max_features": [0.2, 0.4, "sqrt"],
    "min_samples_leaf": [1, 3, 5],
}
search = GridSearchCV(
    RandomForestRegressor(random_state=12, n_jobs=-1),
    grid,
    cv=KFold(5, shuffle=True, random_state=12),
    scoring="neg_mean_absolute_error",
    n_jobs=1,
)
search.fit(X, y)
print("best params:", search.best_params_)

rf = search.best_estimator_
pred = rf.predict(X_test)
print(f"RF     test MAE {mean_absolute_error(y_test, pred):.2f} %  R2 {r2_score(y_test, pred):.3f}")

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
dpred = dummy.predict(X_test)
print(f"dummy  test MAE {mean_absolute_error(y_test, dpred):.2f} %  R2 {r2_score(y_test, dpred):.3f}")
