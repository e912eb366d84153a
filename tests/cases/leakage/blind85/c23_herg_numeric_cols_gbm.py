"""hERG blocker model using the tabular columns in train.csv plus a few RDKit descriptors."""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors, Lipinski
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

TARGET = "herg_blocker"


def rdkit_extra(smiles):
    m = Chem.MolFromSmiles(smiles)
    if m is None:
        return pd.Series({"n_basic_n": np.nan, "arom_rings": np.nan, "hac": np.nan, "fsp3": np.nan})
    basic_n = Chem.MolFromSmarts("[NX3;H2,H1,H0;!$(NC=O);!$(N-a);!$(N-S(=O)=O)]")
    return pd.Series({
        "n_basic_n": len(m.GetSubstructMatches(basic_n)),
        "arom_rings": Lipinski.NumAromaticRings(m),
        "hac": m.GetNumHeavyAtoms(),
        "fsp3": Descriptors.FractionCSP3(m),
    })


train = pd.read_csv("train.csv")
train = pd.concat([train, train["smiles"].apply(rdkit_extra)], axis=1)

X = train.select_dtypes(include=[np.number]).drop(columns=[TARGET])
y = train[TARGET]
print("features:", list(X.columns))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=17)
metrics = ["roc_auc", "average_precision", "f1"]
gbm = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_depth=None,
                                     l2_regularization=0.5, random_state=17)
res = cross_validate(gbm, X, y, cv=cv, scoring=metrics)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=metrics)

for m in metrics:
    print(f"{m:18s} model {res['test_' + m].mean():.3f}   dummy {base['test_' + m].mean():.3f}")

gbm.fit(X, y)
test = pd.read_csv("test.csv")
test = pd.concat([test, test["smiles"].apply(rdkit_extra)], axis=1)
pd.DataFrame({"mol_id": test["mol_id"],
              "prediction": gbm.predict_proba(test[X.columns])[:, 1]}).to_csv("predictions.csv", index=False)
