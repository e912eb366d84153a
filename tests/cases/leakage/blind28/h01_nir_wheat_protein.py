"""NIR calibration for grain protein content (wheat, harvest 2021-2022).

Spectra exported from the FOSS DS2500 as one row per sample, 1100-2498 nm.
"""
import numpy as np
import pandas as pd
from scipy.signal import savgol_filter
from sklearn.decomposition import PCA
from sklearn.linear_model import RidgeCV
from sklearn.model_selection import KFold, cross_val_predict
from sklearn.metrics import mean_squared_error, r2_score

DATA = "data/wheat_nir_protein.csv"
WINDOW, POLY, DERIV = 15, 2, 1
N_COMPONENTS = 20


def snv(spectra):
    """Standard normal variate, applied per spectrum."""
    mu = spectra.mean(axis=1, keepdims=True)
    sd = spectra.std(axis=1, keepdims=True)
    return (spectra - mu) / sd


def preprocess(spectra, n_comp=N_COMPONENTS):
    s = snv(spectra)
    s = savgol_filter(s, window_length=WINDOW, polyorder=POLY, deriv=DERIV, axis=1)
    # trim the noisy detector edges
    s = s[:, 10:-10]
    reducer = PCA(n_components=n_comp, whiten=True)
    scores = reducer.fit_transform(s)
    print(f"PCA: {reducer.explained_variance_ratio_.sum():.3f} of variance kept")
    return scores


def rpd(y_true, y_pred):
    return np.std(y_true, ddof=1) / np.sqrt(mean_squared_error(y_true, y_pred))


def main():
    df = pd.read_csv(DATA)
    wl_cols = [c for c in df.columns if c.startswith("nm_")]
    print(f"{len(df)} samples, {len(wl_cols)} wavelengths")

    df = df.dropna(subset=["protein_pct"])
    df = df[(df["protein_pct"] > 6) & (df["protein_pct"] < 22)]

    spectra = df[wl_cols].to_numpy(dtype=float)
    y = df["protein_pct"].to_numpy()

    X = preprocess(spectra)

    model = RidgeCV(alphas=np.logspace(-3, 3, 25))
    cv = KFold(n_splits=10, shuffle=True, random_state=7)
    y_cv = cross_val_predict(model, X, y, cv=cv)

    rmsecv = np.sqrt(mean_squared_error(y, y_cv))
    print(f"R2cv   = {r2_score(y, y_cv):.3f}")
    print(f"RMSECV = {rmsecv:.3f} % protein")
    print(f"RPD    = {rpd(y, y_cv):.2f}")

    resid = y - y_cv
    worst = np.argsort(np.abs(resid))[-5:]
    print("largest residuals:")
    print(df.iloc[worst][["sample_code", "protein_pct"]].assign(pred=y_cv[worst]))


if __name__ == "__main__":
    main()
